//! Snapshot tests (insta) of what a coordinator reads: `match` as a table, CSV and JSON,
//! `explain` for an eligible and for excluded pairs, and `check`'s summary.
//!
//! The snapshots live in `tests/snapshots/`. After an intended change of the output, run
//! `INSTA_UPDATE=always cargo test --test cli`, then review every changed `.snap` file.
//! The numbers of `explain_eligible` (ES-01 × FR-01 = 74.00) are worked out by hand in
//! `contract.rs`.

use insta::assert_snapshot;

use crate::harness::twin;

const SMALL: &str = "good/small.csv";

/// Runs `check` with snapshots stored in `tests/snapshots/` (insta would otherwise put them
/// next to this file, in `tests/cli/snapshots/`).
fn in_snapshot_dir(check: impl FnOnce()) {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("../snapshots");
    settings.bind(check);
}

/// stdout of a successful run.
fn stdout(args: &[&str]) -> String {
    let out = twin(args).run();
    out.ok();
    out.stdout
}

#[test]
fn match_table_per_group() {
    in_snapshot_dir(|| assert_snapshot!("match_table_per_group", stdout(&["match", SMALL])));
}

#[test]
fn match_table_all() {
    in_snapshot_dir(|| assert_snapshot!("match_table_all", stdout(&["match", SMALL, "--all"])));
}

#[test]
fn match_csv_all() {
    in_snapshot_dir(|| {
        assert_snapshot!(
            "match_csv_all",
            stdout(&["match", SMALL, "--all", "--format", "csv"])
        )
    });
}

#[test]
fn match_json_top() {
    in_snapshot_dir(|| {
        assert_snapshot!(
            "match_json_top",
            stdout(&["match", SMALL, "--top", "3", "--format", "json"])
        )
    });
}

#[test]
fn explain_eligible() {
    // Worked by hand: FR-01 themes food-security* education-access* elderly (W = 5), ES-01
    // food-security* elderly (W = 3), shared food-security* elderly (W = 3): shares
    // 3/5 = 0.6 and 3/3 = 1, overlap 0.8; languages {en, fr} × {es, fr}: 1/2 = 0.5;
    // 100 × (0.8 × 0.8 + 0.2 × 0.5) / 1 = 64 + 10 = 74.00.
    let text = stdout(&["explain", SMALL, "FR-01", "ES-01"]);
    assert!(text.contains("= 64.00 (themes) + 10.00 (languages) = 74.00"));
    in_snapshot_dir(|| assert_snapshot!("explain_eligible", text));
}

#[test]
fn explain_excluded_existing_twins() {
    // PE-01 lists IT-01 in `twins`; the score they would have is still explained:
    // shared health (W 1) of 3 and of 2: (1/3 + 1/2) / 2 = 0.417; languages 1/2:
    // 33.33 + 10 = 43.33.
    let text = stdout(&["explain", SMALL, "IT-01", "PE-01"]);
    assert!(text.contains("eligible: no"));
    in_snapshot_dir(|| assert_snapshot!("explain_excluded_existing_twins", text));
}

#[test]
fn explain_excluded_by_two_rules() {
    // DE-01 speaks only German; BE-01 has capacity 0.
    let text = stdout(&["explain", SMALL, "DE-01", "BE-01"]);
    assert_eq!(text.matches("  ✗ ").count(), 2, "{text}");
    in_snapshot_dir(|| assert_snapshot!("explain_excluded_by_two_rules", text));
}

#[test]
fn check_summary() {
    let out = twin(&["check", SMALL]).run();
    out.ok().stdout_has("ok: no problems found");
    in_snapshot_dir(|| assert_snapshot!("check_summary", out.stdout));
}

#[test]
fn check_with_problems() {
    // Every problem of the file on stderr, the summary of the valid groups on stdout.
    let out = twin(&["check", "broken/several_problems.csv"]).run();
    out.code(1);
    in_snapshot_dir(|| {
        assert_snapshot!(
            "check_with_problems",
            format!("--- stdout\n{}--- stderr\n{}", out.stdout, out.stderr)
        )
    });
}
