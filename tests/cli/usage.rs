//! Usage errors: a wrong command line exits 2 with a message on stderr and nothing on
//! stdout, before any input is read.

use crate::harness::twin;

#[track_caller]
fn usage_error(args: &[&str], words: &[&str]) {
    let out = twin(args).run();
    out.code(2).stdout_empty().stderr_has("error");
    for w in words {
        out.stderr_has(w);
    }
}

#[test]
fn no_files() {
    usage_error(&["match"], &["<FILES>"]);
    usage_error(&["check"], &["<FILES>"]);
    usage_error(&["explain", "good/small.csv"], &[]);
}

#[test]
fn top_zero() {
    usage_error(&["match", "good/small.csv", "--top", "0"], &["--top"]);
}

#[test]
fn min_score_out_of_range_or_not_a_number() {
    usage_error(
        &["match", "good/small.csv", "--min-score", "200"],
        &["--min-score", "200"],
    );
    usage_error(
        &["match", "good/small.csv", "--min-score=-1"],
        &["--min-score", "-1"],
    );
    usage_error(
        &["match", "good/small.csv", "--min-score", "lots"],
        &["--min-score", "lots"],
    );
}

#[test]
fn top_with_all_or_group() {
    usage_error(
        &["match", "good/small.csv", "--top", "2", "--all"],
        &["--top", "--all"],
    );
    usage_error(
        &["match", "good/small.csv", "--top", "2", "--group", "ES-01"],
        &["--top", "--group"],
    );
    usage_error(
        &["match", "good/small.csv", "--all", "--group", "ES-01"],
        &["--all", "--group"],
    );
}

#[test]
fn unknown_flag_or_value() {
    usage_error(&["match", "good/small.csv", "--bogus"], &["--bogus"]);
    usage_error(
        &["match", "good/small.csv", "--format", "xml"],
        &["xml", "--format"],
    );
    usage_error(&["frobnicate"], &["frobnicate"]);
    usage_error(&[], &["Usage"]);
}

#[test]
fn usage_errors_win_over_broken_input() {
    // The command line is checked first: a broken file does not turn exit 2 into exit 1.
    usage_error(&["match", "broken/empty.csv", "--top", "0"], &["--top"]);
}

#[test]
fn standard_input_can_be_read_only_once() {
    let out = twin(&["match", "-", "-"])
        .stdin(crate::harness::fixture("good/small.csv"))
        .run();
    out.code(2).stdout_empty().stderr_has("standard input");
}

#[test]
fn help_and_version_succeed() {
    twin(&["--help"])
        .run()
        .ok()
        .stdout_has("Exit codes: 0 success, 1 invalid input or I/O error, 2 usage error");
    twin(&["match", "--help"])
        .run()
        .ok()
        .stdout_has("--min-score");
    twin(&["--version"]).run().ok().stdout_has("twin");
}

#[test]
fn options_that_would_be_ignored_are_usage_errors_naming_both() {
    usage_error(
        &["match", "good/small.csv", "--top", "2", "--per-group", "3"],
        &["--top", "--per-group"],
    );
    usage_error(
        &["match", "good/small.csv", "--all", "--per-group", "3"],
        &["--all", "--per-group"],
    );
    usage_error(
        &[
            "assign",
            "good/small.csv",
            "--method",
            "stable",
            "--max-cardinality",
        ],
        &["--max-cardinality", "--method stable"],
    );
}

#[test]
fn explain_says_it_needs_one_or_two_ids() {
    let help = twin(&["explain", "--help"]).run();
    help.ok().stdout_has("<FILES>... <ID_A> [ID_B]");
    assert!(!help.stdout.contains("ID_B] <FILES"), "{}", help.stdout);
    usage_error(
        &["explain", "good/small.csv"],
        &["one or two group ids", "1 argument"],
    );
    usage_error(
        &["explain", "good/small.csv", "FR-01", "ES-01", "PE-01"],
        &["one or two group ids", "3 ids", "\"FR-01\" is not a file"],
    );
    // A missing file named like one is still a missing file (exit 1), not a usage error.
    twin(&["explain", "missing.csv", "FR-01", "ES-01"])
        .run()
        .code(1)
        .stderr_has("missing.csv");
}
