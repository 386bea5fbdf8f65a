//! `twin assign`: plans respect capacities and rules, optimal is never below stable,
//! history is honoured, the summary explains who is left out, output is deterministic.

use std::collections::{BTreeMap, BTreeSet};

use crate::harness::{EXAMPLES, twin};

/// The plan's pairs as (id_a, id_b, score in hundredths).
fn plan(args: &[&str]) -> Vec<(String, String, u32)> {
    let out = twin(&["assign", EXAMPLES, "--format", "csv"])
        .args(args)
        .run();
    out.ok();
    let (header, rows) = out.csv();
    assert_eq!(
        header.join(","),
        "rank,score,id_a,name_a,country_a,id_b,name_b,country_b,shared_themes,shared_languages"
    );
    rows.iter()
        .map(|r| {
            let score: f64 = r[1].parse().unwrap();
            (r[2].clone(), r[5].clone(), (score * 100.0).round() as u32)
        })
        .collect()
}

/// Capacities of the example groups, from the file.
fn capacities() -> BTreeMap<String, u32> {
    let text = std::fs::read_to_string("examples/groups.csv").unwrap();
    let mut r = csv::Reader::from_reader(text.as_bytes());
    r.records()
        .map(|row| {
            let row = row.unwrap();
            let cap = if row[6].is_empty() {
                1
            } else {
                row[6].parse().unwrap()
            };
            (row[0].to_string(), cap)
        })
        .collect()
}

fn check_feasible(pairs: &[(String, String, u32)]) {
    let caps = capacities();
    let mut used: BTreeMap<&str, u32> = BTreeMap::new();
    let mut seen = BTreeSet::new();
    for (a, b, _) in pairs {
        assert!(a < b, "{a} < {b}");
        assert!(seen.insert((a, b)), "pair {a}-{b} twice");
        *used.entry(a).or_default() += 1;
        *used.entry(b).or_default() += 1;
    }
    for (id, n) in used {
        assert!(
            n <= caps[id],
            "{id} has {n} twins for capacity {}",
            caps[id]
        );
    }
}

#[test]
fn both_methods_respect_capacities_and_optimal_is_never_below_stable() {
    let optimal = plan(&[]);
    let stable = plan(&["--method", "stable"]);
    check_feasible(&optimal);
    check_feasible(&stable);
    let total = |p: &[(String, String, u32)]| p.iter().map(|x| x.2).sum::<u32>();
    assert!(
        total(&optimal) >= total(&stable),
        "{} < {}",
        total(&optimal),
        total(&stable)
    );
    // Rows are ranked best first.
    assert!(optimal.windows(2).all(|w| w[0].2 >= w[1].2));
    // Existing twins (FR-MAR/ES-SEV in the examples) are never proposed.
    assert!(
        !optimal
            .iter()
            .any(|(a, b, _)| a == "ES-SEV" && b == "FR-MAR")
    );
}

#[test]
fn a_history_file_is_never_proposed_again() {
    let dir = tempfile::tempdir().unwrap();
    let round1 = dir.path().join("round1.csv");
    twin(&["assign", EXAMPLES, "-o", round1.to_str().unwrap()])
        .run()
        .ok();
    let first: BTreeSet<(String, String)> = plan(&[]).into_iter().map(|(a, b, _)| (a, b)).collect();
    let second = plan(&["--history", round1.to_str().unwrap()]);
    check_feasible(&second);
    assert!(!second.is_empty());
    for (a, b, _) in &second {
        assert!(
            !first.contains(&(a.clone(), b.clone())),
            "{a}-{b} proposed again"
        );
    }
    // A plain id_a,id_b file works too; unknown ids give a note, not an error.
    let plain = dir.path().join("past.csv");
    std::fs::write(&plain, "id_b,id_a\nES-MAD,AR-BUE\nXX-1,YY-2\n").unwrap();
    let out = twin(&[
        "assign",
        EXAMPLES,
        "--format",
        "csv",
        "--history",
        plain.to_str().unwrap(),
    ])
    .run();
    out.ok();
    assert_eq!(out.stderr_lines("note").len(), 1, "{}", out.stderr);
    assert!(!out.stdout.contains("AR-BUE,AIC Buenos Aires,AR,ES-MAD"));
}

#[test]
fn the_summary_explains_who_is_left_out() {
    let out = twin(&["assign", EXAMPLES]).run();
    out.ok();
    assert!(
        out.stderr.contains("plan (optimal): 24 pairs"),
        "{}",
        out.stderr
    );
    // TH-BKK speaks only Thai: no eligible partner, and the rule is named.
    assert!(
        out.stderr.contains("without a twin: TH-BKK"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("no common language (42 groups)"),
        "{}",
        out.stderr
    );

    let out = twin(&["assign", EXAMPLES, "--format", "json"]).run();
    out.ok();
    let doc: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    let summary = &doc["summary"];
    assert_eq!(
        summary["pairs"].as_u64(),
        Some(doc["pairs"].as_array().unwrap().len() as u64)
    );
    assert_eq!(summary["left_out"][0]["id"], "TH-BKK");
    assert_eq!(summary["left_out"][0]["reason"], "no_eligible_partner");

    // The stable plan leaves groups out whose partners were all taken, and names who took them.
    let out = twin(&["assign", EXAMPLES, "--method", "stable", "--format", "json"]).run();
    let doc: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    let taken: Vec<_> = doc["summary"]["left_out"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|l| l["reason"] == "partners_taken")
        .collect();
    assert!(!taken.is_empty());
    for l in taken {
        assert!(!l["taken_by"].as_array().unwrap().is_empty(), "{l}");
    }
}

#[test]
fn verify_reports_a_certificate() {
    let out = twin(&["assign", EXAMPLES, "--verify"]).run();
    out.ok();
    assert!(
        out.stderr.contains("certificate: optimal"),
        "{}",
        out.stderr
    );
    // The certified plan is the plan, in every format, with or without max-cardinality.
    for extra in [&[][..], &["--max-cardinality"]] {
        for format in ["csv", "json"] {
            let mut plain = vec!["assign", EXAMPLES, "--format", format];
            plain.extend_from_slice(extra);
            let mut verified = plain.clone();
            verified.push("--verify");
            let (a, b) = (twin(&plain).run(), twin(&verified).run());
            assert_eq!(a.ok().stdout, b.ok().stdout, "{format} {extra:?}");
        }
    }
    let out = twin(&["assign", EXAMPLES, "--verify", "--method", "stable"]).run();
    out.code(2);
}

#[test]
fn plans_do_not_depend_on_row_order() {
    let text = std::fs::read_to_string("examples/groups.csv").unwrap();
    let mut lines: Vec<&str> = text.lines().collect();
    let header = lines.remove(0);
    lines.reverse();
    let dir = tempfile::tempdir().unwrap();
    let reversed = dir.path().join("reversed.csv");
    std::fs::write(&reversed, format!("{header}\n{}\n", lines.join("\n"))).unwrap();
    for method in ["optimal", "stable"] {
        let a = twin(&["assign", EXAMPLES, "--method", method, "--format", "csv"]).run();
        let b = twin(&[
            "assign",
            reversed.to_str().unwrap(),
            "--method",
            method,
            "--format",
            "csv",
        ])
        .run();
        assert_eq!(a.stdout, b.stdout, "{method}");
    }
}
