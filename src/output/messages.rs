//! Every message twin writes on standard error, and the one place that writes them.
//!
//! [`say`] prints one `note:` / `warning:` / `error:` line ([`note`] for short), its prefix
//! in the run's language (`erreur :`, `aviso:`); [`problems`] prints a list of input
//! problems, folding repeats ([`problem_lines`]); [`report`] is the text of the error a
//! command ends with, printed by [`final_error`]; [`status`] prints a line without a prefix
//! (`ok: …`, `wrote …`, a plan's summary); [`usage_error`] says clap's usage errors in
//! French and Spanish. Below them are the phrases of the usage errors and refusals the
//! commands return: every sentence is a Fluent message of `locales/*/messages.ftl` (ids
//! `msg-…`), counts passed as numbers, text quoted from files as strings.
//!
//! Every line goes through [`escape`] on its own: messages quote file text (ids, names,
//! values), which must never reach a terminal raw, while a message's own line breaks stay.
//! A closed standard error never aborts a run.

use std::collections::HashMap;
use std::io::Write;

use fluent_bundle::FluentValue;

use super::names::score;
use super::terminal::escape;
use crate::error::{Error, Problem, REPEATS_SHOWN, count};
use crate::i18n::{Lang, current, tr};
use crate::input::pairs::ListRole;
use crate::plan::{BYTES_PER_PAIR, MAX_OPTIMAL_PAIRS, MAX_REDUCED_EDGES, Refusal};

/// A count as a Fluent number (plurals chosen, digits grouped as the language does).
fn num(n: impl Into<u64>) -> FluentValue<'static> {
    FluentValue::from(n.into())
}

/// Text quoted from a file or the command line, escaped, as a Fluent string.
fn quote(text: &str) -> FluentValue<'static> {
    FluentValue::from(escape(text).into_owned())
}

/// Text as it is (already made safe), as a Fluent string.
fn text(text: impl Into<String>) -> FluentValue<'static> {
    FluentValue::from(text.into())
}

/// The kind of a message line, told by its prefix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Severity {
    Note,
    Warning,
    Error,
}

impl Severity {
    /// `text` as one line of this kind, prefixed in the run's language: `error: {text}`,
    /// `erreur : {text}`, `aviso: {text}`.
    pub(crate) fn line(self, text: &str) -> String {
        let args = [("text", FluentValue::from(text.to_string()))];
        match self {
            Severity::Note => tr("msg-line-note", &args),
            Severity::Warning => tr("msg-line-warning", &args),
            Severity::Error => tr("msg-line-error", &args),
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
    status(&severity.line(text));
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
        out.push(escape(&severity.line(&p.to_string())).into_owned());
        let (total, last) = repeats[&key];
        if *seen == REPEATS_SHOWN && total > REPEATS_SHOWN {
            let more = num((total - REPEATS_SHOWN) as u64);
            let file = text(p.file.as_str());
            let folded = match last {
                Some(last) => tr(
                    "msg-fold-last",
                    &[("file", file), ("count", more), ("last", num(last))],
                ),
                None => tr("msg-fold", &[("file", file), ("count", more)]),
            };
            out.push(escape(&severity.line(&folded)).into_owned());
        }
    }
    out
}

/// The text of the error a command ended with, every line prefixed like rustc and ripgrep
/// do: each problem of invalid input (then their count, when more than one), or one line.
pub(crate) fn report(error: &Error) -> String {
    let error_line = |text: &str| Severity::Error.line(text);
    match error {
        Error::Invalid(problems) => {
            let mut out = problem_lines(problems, Severity::Error).join("\n");
            let n = count(problems);
            if n > 1 {
                out.push('\n');
                out.push_str(&error_line(&tr("check-problems", &[("count", num(n))])));
            }
            out
        }
        Error::Io { path, source } => error_line(&io_failure(path, source)),
        Error::Refused(text) | Error::Usage(text) => error_line(text),
    }
}

/// `{path}: {why}` for a failed read or write: the system's own words in English; in
/// another language, the translation of the common failures (the system's words for the
/// others, and for messages twin wrote itself).
pub(crate) fn io_failure(path: &str, source: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    let reason = if current() == Lang::En || source.raw_os_error().is_none() {
        source.to_string()
    } else {
        match source.kind() {
            K::NotFound => tr("msg-io-not-found", &[]),
            K::PermissionDenied => tr("msg-io-permission-denied", &[]),
            K::AlreadyExists => tr("msg-io-already-exists", &[]),
            K::IsADirectory => tr("msg-io-is-a-directory", &[]),
            K::NotADirectory => tr("msg-io-not-a-directory", &[]),
            K::ReadOnlyFilesystem => tr("msg-io-read-only", &[]),
            K::StorageFull => tr("msg-io-storage-full", &[]),
            _ => source.to_string(),
        }
    };
    tr("msg-io", &[("path", text(path)), ("reason", text(reason))])
}

// The phrases of the commands' usage errors, refusals and status lines.

/// The name of a file a command reads, with its role: `the input file groups.csv`.
pub(crate) fn role_file(role: &str, file: &str) -> String {
    tr(
        "msg-role-file",
        &[("role", text(role)), ("file", text(file))],
    )
}

/// `-o PATH` names a folder.
pub(crate) fn output_is_folder(path: &str) -> String {
    let dir = path.trim_end_matches('/');
    tr(
        "msg-output-is-folder",
        &[("path", text(path)), ("dir", text(dir))],
    )
}

/// An output file that exists, without `--force`.
pub(crate) fn output_exists(path: &str) -> String {
    tr("msg-output-exists", &[("path", text(path))])
}

/// `-o PATH` is a file the command reads (`input`, from [`role_file`]), by name or
/// through a `link`.
pub(crate) fn output_is_input(path: &str, input: &str, link: bool) -> String {
    let args = [("path", text(path)), ("input", text(input))];
    if link {
        tr("msg-output-is-input-link", &args)
    } else {
        tr("msg-output-is-input", &args)
    }
}

/// Standard output is redirected to a file the command reads (`input`, from [`role_file`]).
pub(crate) fn stdout_is_input(input: &str) -> String {
    tr("msg-stdout-is-input", &[("input", text(input))])
}

/// Standard output is closed.
pub(crate) fn stdout_closed() -> String {
    tr("msg-stdout-closed", &[])
}

/// An `-o` name whose extension names no format twin writes.
pub(crate) fn unknown_extension(path: &str) -> String {
    tr("msg-unknown-extension", &[("path", text(path))])
}

/// A CSV option (`--excel`, `--out-delimiter`) with another format.
pub(crate) fn csv_option_without_csv(option: &str) -> String {
    tr("msg-csv-option-without-csv", &[("option", text(option))])
}

/// A workbook asked for on a terminal.
pub(crate) fn xlsx_to_terminal() -> String {
    tr("msg-xlsx-to-terminal", &[])
}

/// An HTML report asked for on a terminal.
pub(crate) fn html_to_terminal() -> String {
    tr("msg-html-to-terminal", &[])
}

/// An id no group has, with the closest known id when there is one.
pub(crate) fn unknown_group(id: &str, closest: Option<&str>) -> String {
    match closest {
        Some(best) => tr(
            "msg-unknown-group-closest",
            &[("id", quote(id)), ("closest", quote(best))],
        ),
        None => tr("msg-unknown-group", &[("id", quote(id))]),
    }
}

/// Arguments, each quoted and escaped, separated by spaces.
fn quoted(args: &[String]) -> String {
    // Quoted as the language quotes ("a", « a », «a»), each escaped for the terminal.
    let quoted: Vec<String> = args
        .iter()
        .map(|a| tr("quoted", &[("text", quote(a))]))
        .collect();
    quoted.join(" ")
}

/// `explain` given too few arguments to hold files and two ids.
pub(crate) fn explain_too_few(args: &[String]) -> String {
    tr(
        "msg-explain-too-few",
        &[
            ("count", num(args.len() as u64)),
            ("args", text(quoted(args))),
        ],
    )
}

/// `explain` given more than two ids: `extra` are the arguments from the first that is not
/// a file.
pub(crate) fn explain_too_many_ids(extra: &[String]) -> String {
    tr(
        "msg-explain-too-many-ids",
        &[
            ("count", num(extra.len() as u64)),
            ("args", text(quoted(extra))),
            ("first", quote(&extra[0])),
        ],
    )
}

/// `explain` given one id twice.
pub(crate) fn explain_same_group(id: &str) -> String {
    tr("msg-explain-same-group", &[("id", quote(id))])
}

/// The note when `./twin.toml` was picked up without `--config` and changes results.
pub(crate) fn implicit_config(file: &str, changes: &[crate::settings::Changed]) -> String {
    let listed: Vec<String> = changes
        .iter()
        .map(|c| format!("{} {} → {}", c.key, escape(&c.default), escape(&c.value)))
        .collect();
    tr(
        "msg-implicit-config",
        &[("file", quote(file)), ("changes", text(listed.join(", ")))],
    )
}

/// `twin man NAME` for a subcommand twin does not have.
pub(crate) fn unknown_subcommand(name: &str, known: &[String]) -> String {
    tr(
        "msg-unknown-subcommand",
        &[("name", quote(name)), ("known", text(known.join(", ")))],
    )
}

/// `--verify` given with a method it does not check (`method`, as named).
pub(crate) fn verify_needs_optimal(method: &str) -> String {
    tr("msg-verify-needs-optimal", &[("method", text(method))])
}

/// `--max-cardinality` given with another method than optimal (`method`, as named).
pub(crate) fn max_cardinality_needs_optimal(method: &str) -> String {
    tr(
        "msg-max-cardinality-needs-optimal",
        &[("method", text(method))],
    )
}

/// The status line of a checked optimality certificate: for optimal, its dual objective
/// equals the plan's; for coverage and fair, what its dual bounds prove, in scores.
pub(crate) fn certificate_holds(c: &crate::plan::matching::Certificate) -> String {
    let checked = tr(
        "msg-pairs-checked",
        &[("count", num(c.edges_checked as u64))],
    );
    let Some(twinned) = c.twinned else {
        return tr(
            "msg-certificate-optimal",
            &[
                ("dual", FluentValue::from(c.dual_objective)),
                ("objective", FluentValue::from(c.objective)),
                ("checked", text(checked)),
            ],
        );
    };
    let weight = |w: i64| score(u64::try_from(w).unwrap_or(0));
    let most = num(twinned as u64);
    let total = text(weight(c.dual_objective));
    match &c.fair {
        None => tr(
            "msg-certificate-coverage",
            &[("most", most), ("total", total), ("checked", text(checked))],
        ),
        Some(fair) => {
            let lowest = fair
                .lowest
                .map_or_else(|| tr("msg-certificate-fair-none", &[]), weight);
            let above = fair.above.map_or_else(String::new, |(next, bound)| {
                tr(
                    "msg-certificate-fair-above",
                    &[("next", text(weight(next))), ("bound", num(bound as u64))],
                )
            });
            tr(
                "msg-certificate-fair",
                &[
                    ("most", most),
                    ("lowest", text(lowest)),
                    ("above", text(above)),
                    ("total", total),
                    ("checked", text(checked)),
                ],
            )
        }
    }
}

/// The refusal when the optimality certificate does not hold (`why`, from the checker).
pub(crate) fn certificate_fails(why: &str) -> String {
    tr("msg-certificate-fails", &[("why", text(why))])
}

/// Why a plan is refused before any work: what it would need, and what to do instead.
pub(crate) fn plan_refused(refusal: &Refusal) -> String {
    match refusal {
        Refusal::TooManyPairs { groups, pairs } => {
            let gb = |pairs: u64| (pairs * BYTES_PER_PAIR).div_ceil(1 << 30);
            tr(
                "msg-too-many-pairs",
                &[
                    ("groups", num(*groups as u64)),
                    ("pairs", num(*pairs)),
                    ("gb", num(gb(*pairs))),
                    ("max", num(MAX_OPTIMAL_PAIRS)),
                    ("max_gb", num(gb(MAX_OPTIMAL_PAIRS))),
                ],
            )
        }
        Refusal::CapacitiesTooLarge {
            pairs,
            reduced,
            largest,
        } => {
            let mut args = vec![
                ("pairs", num(*pairs as u64)),
                ("reduced", num(*reduced)),
                ("max", num(MAX_REDUCED_EDGES)),
            ];
            match largest {
                Some((id, capacity)) => {
                    args.push(("id", quote(id)));
                    args.push(("capacity", num(*capacity)));
                    tr("msg-capacities-too-large-largest", &args)
                }
                None => tr("msg-capacities-too-large", &args),
            }
        }
    }
}

/// The two ids of a pair, escaped: the `a` and `b` of the pair messages.
fn pair(id_a: &str, id_b: &str) -> [(&'static str, FluentValue<'static>); 2] {
    [("a", quote(id_a)), ("b", quote(id_b))]
}

/// The Fluent selector of a pair list's role: `history`, `keep`, `forbid`, `plan`.
fn list_key(role: ListRole) -> FluentValue<'static> {
    text(match role {
        ListRole::History => "history",
        ListRole::Keep => "keep",
        ListRole::Forbid => "forbid",
        ListRole::Plan => "plan",
    })
}

/// `pair` followed by `more` arguments.
fn with_pair<'a>(
    id_a: &str,
    id_b: &str,
    more: impl IntoIterator<Item = (&'a str, FluentValue<'static>)>,
) -> Vec<(&'a str, FluentValue<'static>)> {
    let mut args: Vec<(&str, FluentValue)> = pair(id_a, id_b).into_iter().collect();
    args.extend(more);
    args
}

/// The note for a past pair (from `--history`) whose ids are not two groups of the input.
pub(crate) fn past_pair_ignored(id_a: &str, id_b: &str) -> String {
    tr("msg-past-pair-ignored", &pair(id_a, id_b))
}

/// A pair list (`--keep`, `--forbid`, …) naming an id no group has.
pub(crate) fn listed_unknown_id(role: ListRole, id: &str, closest: Option<&str>) -> String {
    tr(
        "msg-listed-unknown-id",
        &[
            ("list", list_key(role)),
            ("problem", text(unknown_group(id, closest))),
        ],
    )
}

/// The note for a pair listed again in `--keep` or `--forbid` lists (`first`: where it was
/// listed first, `file:line`).
pub(crate) fn listed_again(role: ListRole, id_a: &str, id_b: &str, first: &str) -> String {
    let more = [("list", list_key(role)), ("first", text(first))];
    tr("msg-listed-again", &with_pair(id_a, id_b, more))
}

/// A kept pair that another list vetoes (`--forbid`) or records as existing twins
/// (`--history`), at `other` (`file:line`).
pub(crate) fn kept_and_listed(id_a: &str, id_b: &str, other: ListRole, at: &str) -> String {
    let args = with_pair(id_a, id_b, [("at", text(at))]);
    match other {
        ListRole::History => tr("msg-kept-and-history", &args),
        _ => tr("msg-kept-and-forbidden", &args),
    }
}

/// A kept pair that breaks the rules (`why`: each rule with its facts, in rule order).
pub(crate) fn kept_breaks_rules(id_a: &str, id_b: &str, why: &[String]) -> String {
    let more = [("why", text(why.join(&tr("sep-clause", &[]))))];
    tr("msg-kept-breaks-rules", &with_pair(id_a, id_b, more))
}

/// More kept pairs on a group than its capacity (`at`: where each of its kept pairs is).
pub(crate) fn kept_over_capacity(id: &str, capacity: u32, at: &[String]) -> String {
    tr(
        "msg-kept-over-capacity",
        &[
            ("id", quote(id)),
            ("capacity", num(capacity)),
            ("count", num(at.len() as u64)),
            ("at", text(at.join(", "))),
        ],
    )
}

/// The note for a kept pair scoring below `--min-score`.
pub(crate) fn kept_below_min_score(id_a: &str, id_b: &str, score_: u32, min: u32) -> String {
    let more = [
        ("score", text(score(score_.into()))),
        ("min", text(score(min.into()))),
    ];
    tr("msg-kept-below-min-score", &with_pair(id_a, id_b, more))
}

/// `check`'s last line when it found nothing wrong.
pub(crate) fn no_problems() -> String {
    tr("check-ok", &[])
}

/// `check`'s refusal after printing `n` problems; `summarised` when it summarised the valid
/// groups anyway.
pub(crate) fn problems_found(n: u64, summarised: bool) -> String {
    let args = [("count", num(n))];
    if summarised {
        tr("check-problems-summarised", &args)
    } else {
        tr("check-problems", &args)
    }
}

/// The line for each file written (`init`, `report`).
pub(crate) fn wrote(path: &str) -> String {
    tr("msg-wrote", &[("path", text(path))])
}

// `twin review`: the problems of a plan, each told at its line of the plan file (ids
// escaped: they come from the file).

/// An id of the plan that no group has, with the closest id when one is near.
pub(crate) fn review_unknown_id(id: &str, closest: Option<&str>) -> String {
    tr(
        "msg-review-unknown-id",
        &[("problem", text(unknown_group(id, closest)))],
    )
}

/// A line pairing a group with itself.
pub(crate) fn review_same_group(id: &str) -> String {
    tr("msg-review-same-group", &[("id", quote(id))])
}

/// A pair the plan lists again.
pub(crate) fn review_repeated(a: &str, b: &str, first: u64) -> String {
    // A line number, written as the line of a file is (`plan.csv:1234`), not as a count.
    let more = [("first", text(first.to_string()))];
    tr("msg-review-repeated", &with_pair(a, b, more))
}

/// A pair the rules exclude; `rules` names them.
pub(crate) fn review_breaks_rules(a: &str, b: &str, rules: &str) -> String {
    tr(
        "msg-review-breaks-rules",
        &with_pair(a, b, [("rules", text(rules))]),
    )
}

/// A pair a `--forbid` file vetoes, at `at` (`file:line`).
pub(crate) fn review_forbidden(a: &str, b: &str, at: &str) -> String {
    tr(
        "msg-review-forbidden",
        &with_pair(a, b, [("at", quote(at))]),
    )
}

/// A pair a `--history` file lists, at `at` (`file:line`).
pub(crate) fn review_historical(a: &str, b: &str, at: &str) -> String {
    tr(
        "msg-review-historical",
        &with_pair(a, b, [("at", quote(at))]),
    )
}

/// A pair scoring below `--min-score`.
pub(crate) fn review_below_min_score(a: &str, b: &str, score_: u32, min: u32) -> String {
    let more = [
        ("score", text(score(score_.into()))),
        ("min", text(score(min.into()))),
    ];
    tr("msg-review-below-min-score", &with_pair(a, b, more))
}

/// A group in more pairs than its capacity, told at the first pair past it.
pub(crate) fn review_over_capacity(id: &str, used: u32, capacity: u32, lines: &[u64]) -> String {
    let lines: Vec<String> = lines.iter().map(u64::to_string).collect();
    tr(
        "msg-review-over-capacity",
        &[
            ("id", quote(id)),
            ("used", num(used)),
            ("capacity", num(capacity)),
            ("lines", text(lines.join(", "))),
        ],
    )
}

/// A kept pair (`--keep`) the plan `plan` lacks.
pub(crate) fn review_kept_missing(a: &str, b: &str, plan: &str) -> String {
    tr(
        "msg-review-kept-missing",
        &with_pair(a, b, [("plan", quote(plan))]),
    )
}

/// The last line of a review on stderr, when the plan keeps every rule.
pub(crate) fn review_clean(plan: &str) -> String {
    tr("msg-review-clean", &[("plan", quote(plan))])
}

// The values clap parses with twin's own parsers (`cli`), and clap's usage errors.

/// A `--delimiter` / `--out-delimiter` value that is not one.
pub(crate) fn not_a_delimiter(value: &str) -> String {
    tr("msg-not-a-delimiter", &[("value", quote(value))])
}

/// A score that is not a number.
pub(crate) fn not_a_number(value: &str) -> String {
    tr("msg-not-a-number", &[("value", quote(value))])
}

/// A score outside 0–100.
pub(crate) fn score_out_of_range(value: &str) -> String {
    tr("msg-score-out-of-range", &[("value", quote(value))])
}

/// A `--lang` that names none of twin's languages.
pub(crate) fn not_a_language(value: &str) -> String {
    tr("msg-not-a-language", &[("value", quote(value))])
}

/// A count (`--top`, `--per-group`) that is not a whole number of 1 or more.
pub(crate) fn not_a_count(value: &str) -> String {
    tr("msg-not-a-count", &[("value", quote(value))])
}

/// A usage error of clap's (exit 2) in the run's language, as clap lays it out: the
/// message, the tips, the usage line, where to find more. `None` for English (clap's own
/// words, colours included) and for the kinds and tips not translated here, which clap
/// then prints itself.
pub(crate) fn usage_error(e: &clap::Error) -> Option<String> {
    use clap::error::{ContextKind as C, ContextValue as V, ErrorKind as K};
    if current() == Lang::En {
        return None;
    }
    let string = |kind| match e.get(kind) {
        Some(V::String(s)) => Some(escape(s).into_owned()),
        _ => None,
    };
    let strings = |kind| match e.get(kind) {
        Some(V::Strings(list)) => list.iter().map(|s| escape(s).into_owned()).collect(),
        _ => Vec::new(),
    };
    let list = |id: &str, key: &'static str, values: Vec<String>| {
        if values.is_empty() {
            return String::new();
        }
        let listed = tr(id, &[(key, text(values.join(", ")))]);
        format!("\n  {listed}")
    };
    let arg = string(C::InvalidArg);
    let mut tips = Vec::new();
    let message = match e.kind() {
        K::UnknownArgument => {
            let arg = arg?;
            if let Some(similar) = string(C::SuggestedArg) {
                let tip = tr(
                    "msg-usage-tip-similar-argument",
                    &[("suggestion", text(similar))],
                );
                tips.push(tip);
            }
            tr("msg-usage-unknown-argument", &[("arg", text(arg))])
        }
        K::InvalidValue => {
            let (arg, value) = (arg?, string(C::InvalidValue)?);
            let first = if value.is_empty() {
                tr("msg-usage-value-required", &[("arg", text(arg))])
            } else {
                tr(
                    "msg-usage-invalid-value",
                    &[("value", text(value)), ("arg", text(arg))],
                )
            };
            if let Some(similar) = string(C::SuggestedValue) {
                let tip = tr(
                    "msg-usage-tip-similar-value",
                    &[("suggestion", text(similar))],
                );
                tips.push(tip);
            }
            let possible = strings(C::ValidValue);
            first + &list("msg-usage-possible-values", "values", possible)
        }
        K::ValueValidation => {
            let (arg, value) = (arg?, string(C::InvalidValue)?);
            let args = [("value", text(value)), ("arg", text(arg))];
            match std::error::Error::source(e) {
                Some(reason) => {
                    let mut args = args.to_vec();
                    args.push(("reason", text(reason.to_string())));
                    tr("msg-usage-invalid-value-because", &args)
                }
                None => tr("msg-usage-invalid-value", &args),
            }
        }
        K::InvalidSubcommand => {
            let name = string(C::InvalidSubcommand)?;
            for similar in strings(C::SuggestedSubcommand) {
                let tip = tr(
                    "msg-usage-tip-similar-subcommand",
                    &[("suggestion", text(similar))],
                );
                tips.push(tip);
            }
            tr("msg-usage-unknown-subcommand", &[("name", text(name))])
        }
        K::MissingRequiredArgument => {
            let missing = strings(C::InvalidArg);
            if missing.is_empty() {
                return None;
            }
            let mut out = tr("msg-usage-missing-required", &[]);
            for m in missing {
                out.push_str(&format!("\n  {m}"));
            }
            out
        }
        K::MissingSubcommand => {
            let name = string(C::InvalidSubcommand)?;
            let first = tr("msg-usage-missing-subcommand", &[("name", text(name))]);
            let valid = strings(C::ValidSubcommand);
            first + &list("msg-usage-subcommands", "names", valid)
        }
        K::ArgumentConflict => {
            let arg = arg?;
            match e.get(C::PriorArg) {
                Some(V::String(prior)) if *prior == arg => {
                    tr("msg-usage-used-twice", &[("arg", text(arg))])
                }
                Some(V::String(prior)) => tr(
                    "msg-usage-conflict",
                    &[("arg", text(arg)), ("other", quote(prior))],
                ),
                Some(V::Strings(prior)) => {
                    let mut out = tr("msg-usage-conflict-many", &[("arg", text(arg))]);
                    for p in prior {
                        out.push_str(&format!("\n  {}", escape(p)));
                    }
                    out
                }
                _ => return None,
            }
        }
        K::TooManyValues => {
            let (arg, value) = (arg?, string(C::InvalidValue)?);
            tr(
                "msg-usage-too-many-values",
                &[("value", text(value)), ("arg", text(arg))],
            )
        }
        _ => return None,
    };
    // clap's other tips are English sentences built by its parser: the one it gives most
    // (an unknown option that might be a value) is said here, any other leaves the error
    // to clap.
    if let Some(V::StyledStrs(suggested)) = e.get(C::Suggested) {
        for tip in suggested {
            let tip = tip.to_string();
            let arg = string(C::InvalidArg).unwrap_or_default();
            if e.kind() == K::UnknownArgument
                && tip == format!("to pass '{arg}' as a value, use '-- {arg}'")
            {
                tips.push(tr("msg-usage-tip-pass-as-value", &[("arg", text(arg))]));
            } else {
                return None;
            }
        }
    }
    let mut out = Severity::Error.line(&message);
    if !tips.is_empty() {
        out.push('\n');
        for tip in tips {
            out.push_str(&format!("\n  {tip}"));
        }
    }
    if let Some(V::StyledStr(usage)) = e.get(C::Usage) {
        let usage = usage.to_string();
        let usage = usage.strip_prefix("Usage:").unwrap_or(&usage).trim();
        out.push_str(&format!("\n\n{} {usage}", tr("help-usage", &[])));
    }
    let more = tr("msg-usage-more-info", &[("help", text("--help"))]);
    out.push_str(&format!("\n\n{more}"));
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::{FOLD_FROM, push_folded};
    use crate::output::Format;

    #[test]
    fn the_extensions_told_in_messages_are_the_ones_twin_writes() {
        for lang in Lang::ALL {
            let message = lang.tr("msg-unknown-extension", &[("path", "plan.ods".into())]);
            let told: Vec<&str> = message
                .split([' ', ',', ';'])
                .filter(|w| w.starts_with('.') && w.len() > 1)
                .collect();
            assert_eq!(told, [".csv", ".json", ".txt", ".xlsx"], "{message}");
            for ext in told {
                assert!(Format::from_path(&format!("plan{ext}")).is_some(), "{ext}");
            }
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
        assert!(report.ends_with("error: 1,002 problems found"), "{report}");
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
    fn the_fold_line_says_its_count_in_each_language() {
        let fold = |lang: Lang, n: u64| {
            let args = [
                ("file", "g.csv".into()),
                ("count", num(n)),
                ("last", num(1001u64)),
            ];
            lang.tr("msg-fold-last", &args)
        };
        assert_eq!(
            fold(Lang::Fr, 1),
            "g.csv : … et 1 autre ligne avec le même problème (la dernière à la ligne 1\u{202f}001)"
        );
        assert!(fold(Lang::Fr, 2).contains("2 autres lignes"));
        assert!(fold(Lang::Es, 1).contains("y 1 línea más con el mismo problema"));
        assert!(fold(Lang::Es, 990).contains("990 líneas más"));
        let line = |lang: Lang| lang.tr("msg-line-note", &[("text", "x".into())]);
        assert_eq!(line(Lang::Fr), "remarque : x");
        assert_eq!(line(Lang::Es), "aviso: x");
    }

    #[test]
    fn usage_errors_are_left_to_clap_in_english() {
        use clap::CommandFactory;
        let e = crate::cli::Cli::command()
            .try_get_matches_from(["twin", "--methd"])
            .unwrap_err();
        assert_eq!(current(), Lang::En);
        assert!(usage_error(&e).is_none());
    }

    #[test]
    fn a_single_error_is_one_prefixed_line() {
        let one = Error::Invalid(vec![Problem::new("g.csv", Some(3), "bad")]);
        assert_eq!(report(&one), "error: g.csv:3: bad");
        assert_eq!(report(&Error::Usage("no".into())), "error: no");
    }
}
