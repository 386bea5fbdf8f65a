//! `--method coverage` and `--method fair` from the command line: on the example and on
//! generated networks, each plan keeps its promise against the others (coverage twins at
//! least as many groups as optimal; fair as many as coverage with a lowest pair at least as
//! high; optimal has the largest total), kept and vetoed pairs are honoured, and
//! `--verify` prints each method's certificate. Exactness itself is tested against brute
//! force in `plan::matching`.

use crate::harness::{EXAMPLES, twin};

/// (groups twinned, total, lowest, pairs as "a b") of `assign --method METHOD` in JSON.
fn plan(files: &[&str], method: &str, extra: &[&str]) -> (u64, f64, f64, Vec<String>) {
    let mut args = vec!["assign"];
    args.extend(files);
    args.extend(["--method", method, "--format", "json"]);
    args.extend(extra);
    let out = twin(&args).run();
    out.ok();
    let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    let s = &v["summary"];
    assert_eq!(s["method"], method);
    let pairs = v["pairs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            format!(
                "{} {}",
                p["id_a"].as_str().unwrap(),
                p["id_b"].as_str().unwrap()
            )
        })
        .collect();
    (
        s["groups_twinned"].as_u64().unwrap(),
        s["total_score"].as_f64().unwrap(),
        s["lowest_score"].as_f64().unwrap_or(0.0),
        pairs,
    )
}

#[track_caller]
fn promises(files: &[&str], extra: &[&str]) {
    let optimal = plan(files, "optimal", extra);
    let coverage = plan(files, "coverage", extra);
    let fair = plan(files, "fair", extra);
    assert!(coverage.0 >= optimal.0, "{coverage:?} {optimal:?}");
    assert!(optimal.1 + 1e-6 >= coverage.1 && optimal.1 + 1e-6 >= fair.1);
    assert_eq!(fair.0, coverage.0);
    assert!(fair.2 + 1e-6 >= coverage.2, "{fair:?} {coverage:?}");
    if coverage.0 == optimal.0 {
        // The most groups is already what optimal twins: coverage is an optimal plan.
        assert!((coverage.1 - optimal.1).abs() < 1e-6);
    }
}

#[test]
fn each_method_keeps_its_promise_on_the_example() {
    promises(&[EXAMPLES], &[]);
    // The example's figures (README): fair trades 6.65 points for a lowest of 36.67.
    let fair = plan(&[EXAMPLES], "fair", &[]);
    assert_eq!((fair.0, fair.1, fair.2), (41, 1416.68, 36.67));
}

#[test]
fn each_method_keeps_its_promise_on_generated_networks() {
    let dir = tempfile::tempdir().unwrap();
    for seed in 1..=4u64 {
        let path = dir.path().join(format!("g{seed}.csv"));
        let mut bytes = Vec::new();
        twin::testkit::write_profiles(60, seed, &mut bytes).unwrap();
        std::fs::write(&path, bytes).unwrap();
        promises(&[path.to_str().unwrap()], &[]);
    }
}

#[test]
fn kept_and_vetoed_pairs_are_honoured_by_coverage_and_fair() {
    let dir = tempfile::tempdir().unwrap();
    let keep = dir.path().join("keep.csv");
    let forbid = dir.path().join("forbid.csv");
    std::fs::write(&keep, "id_a,id_b\nFR-LIL,IT-ROM\n").unwrap();
    std::fs::write(&forbid, "id_a,id_b\nAR-BUE,ES-MAD\n").unwrap();
    let extra = [
        "--keep",
        keep.to_str().unwrap(),
        "--forbid",
        forbid.to_str().unwrap(),
    ];
    promises(&[EXAMPLES], &extra);
    for method in ["coverage", "fair"] {
        let (_, _, _, pairs) = plan(&[EXAMPLES], method, &extra);
        let has = |a: &str, b: &str| {
            pairs
                .iter()
                .any(|p| *p == format!("{a} {b}") || *p == format!("{b} {a}"))
        };
        assert!(has("FR-LIL", "IT-ROM"), "{method}: {pairs:?}");
        assert!(!has("AR-BUE", "ES-MAD"), "{method}: {pairs:?}");
    }
}

#[test]
fn verify_prints_each_exact_methods_certificate() {
    for (method, words) in [
        ("optimal", "certificate: optimal"),
        ("coverage", "no plan twins more than 41 groups"),
        ("fair", "has a lowest score above 36.67"),
    ] {
        twin(&[
            "assign",
            EXAMPLES,
            "--method",
            method,
            "--verify",
            "-o",
            "/dev/null",
        ])
        .run()
        .ok()
        .stderr_has(words);
    }
    twin(&["assign", EXAMPLES, "--method", "stable", "--verify"])
        .run()
        .code(2);
    twin(&["assign", EXAMPLES, "--method", "fair", "--max-cardinality"])
        .run()
        .code(2);
}
