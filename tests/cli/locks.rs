//! Locks and vetoes: `--keep` (pairs always in the plan, using their groups' places),
//! `--forbid` (pairs never proposed) and `--history` on `assign`, `match` and `explain`, and
//! `--min-score` on `assign`, on the example and on hand-made pair lists (a windows-1252 CSV
//! with `;`, twin's own xlsx plan, a TSV). Every bad pair list fails with its file and line,
//! and nothing is written.

use std::collections::BTreeSet;
use std::path::Path;

use crate::harness::{Outcome, twin};

/// A plan as (id_a, id_b, score in hundredths), from `assign … --format csv` run in `dir`.
fn plan_in(dir: &Path, args: &[&str]) -> (Vec<(String, String, u32)>, Outcome) {
    let out = twin(&["assign", &examples(), "--format", "csv"])
        .args(args)
        .in_dir(dir)
        .run();
    out.ok();
    let (_, rows) = out.csv();
    let pairs = rows
        .iter()
        .map(|r| {
            let score: f64 = r[1].parse().unwrap();
            (r[2].clone(), r[5].clone(), (score * 100.0).round() as u32)
        })
        .collect();
    (pairs, out)
}

/// The example's path, absolute (tests here run in temporary folders).
fn examples() -> String {
    crate::harness::root_dir()
        .join("examples/groups.csv")
        .to_str()
        .unwrap()
        .to_string()
}

fn has(plan: &[(String, String, u32)], a: &str, b: &str) -> bool {
    plan.iter()
        .any(|(x, y, _)| (x == a && y == b) || (x == b && y == a))
}

/// Capacities of the example's groups.
fn capacity(id: &str) -> u32 {
    let text = std::fs::read_to_string(examples()).unwrap();
    let line = text
        .lines()
        .find(|l| l.starts_with(&format!("{id},")))
        .unwrap();
    line.split(',').nth(6).unwrap().parse().unwrap_or(1)
}

fn within_capacities(plan: &[(String, String, u32)]) {
    let mut used = std::collections::BTreeMap::new();
    for (a, b, _) in plan {
        *used.entry(a.clone()).or_insert(0u32) += 1;
        *used.entry(b.clone()).or_insert(0u32) += 1;
    }
    for (id, n) in used {
        assert!(n <= capacity(&id), "{id}: {n} pairs");
    }
}

#[test]
fn kept_pairs_are_in_both_plans_and_use_their_groups_places() {
    let dir = tempfile::tempdir().unwrap();
    // windows-1252, `;`, an extra column with an accent.
    let text = "id_a;id_b;remarque\nFR-LIL;IT-ROM;déjà convenu\nMX-MEX;ES-MAD;été 2026\n";
    let bytes: Vec<u8> = text
        .chars()
        .map(|c| match c {
            'é' => 0xE9,
            'à' => 0xE0,
            c => c as u8,
        })
        .collect();
    std::fs::write(dir.path().join("agreed.csv"), bytes).unwrap();
    let (free, _) = plan_in(dir.path(), &[]);
    assert!(!has(&free, "FR-LIL", "IT-ROM") && !has(&free, "MX-MEX", "ES-MAD"));
    for method in ["optimal", "stable"] {
        let (plan, out) = plan_in(dir.path(), &["--keep", "agreed.csv", "--method", method]);
        assert!(has(&plan, "FR-LIL", "IT-ROM"), "{method}: {plan:?}");
        assert!(has(&plan, "ES-MAD", "MX-MEX"), "{method}: {plan:?}");
        within_capacities(&plan);
        // FR-LIL and IT-ROM have one place each: the kept pair is their only one.
        let with = |id: &str| plan.iter().filter(|(a, b, _)| a == id || b == id).count();
        assert_eq!((with("FR-LIL"), with("IT-ROM")), (1, 1), "{method}");
        out.stderr_has(&format!("plan ({method}): {} pairs (2 kept);", plan.len()));
        // Best first, the kept pairs among the others.
        let scores: Vec<u32> = plan.iter().map(|p| p.2).collect();
        assert!(scores.windows(2).all(|w| w[0] >= w[1]), "{scores:?}");
    }
    // The optimal plan with kept pairs is never better than without.
    let total = |p: &[(String, String, u32)]| p.iter().map(|x| x.2).sum::<u32>();
    let (kept, _) = plan_in(dir.path(), &["--keep", "agreed.csv"]);
    assert!(total(&kept) <= total(&free));
}

#[test]
fn keeping_a_whole_xlsx_plan_written_by_twin_gives_it_back() {
    let dir = tempfile::tempdir().unwrap();
    let examples = examples();
    twin(&["assign", &examples, "-o", "plan.xlsx"])
        .in_dir(dir.path())
        .run()
        .ok();
    let (free, _) = plan_in(dir.path(), &[]);
    for method in ["optimal", "stable"] {
        let (plan, out) = plan_in(dir.path(), &["--keep", "plan.xlsx", "--method", method]);
        assert_eq!(plan, free, "{method}");
        out.stderr_has(&format!("{} pairs ({} kept)", free.len(), free.len()));
    }
}

#[test]
fn forbidden_pairs_are_never_proposed_and_explain_says_why() {
    let dir = tempfile::tempdir().unwrap();
    let examples = examples();
    let (free, _) = plan_in(dir.path(), &[]);
    // Veto the whole optimal plan, as a TSV.
    let mut tsv = String::from("id_b\tid_a\n");
    for (a, b, _) in &free {
        tsv.push_str(&format!("{b}\t{a}\n"));
    }
    std::fs::write(dir.path().join("veto.tsv"), tsv).unwrap();
    for method in ["optimal", "stable"] {
        let (plan, _) = plan_in(dir.path(), &["--forbid", "veto.tsv", "--method", method]);
        assert!(!plan.is_empty());
        for (a, b, _) in &plan {
            assert!(!has(&free, a, b), "{method}: vetoed {a}-{b} proposed");
        }
    }
    let listed = twin(&[
        "match", &examples, "--all", "--format", "csv", "--forbid", "veto.tsv",
    ])
    .in_dir(dir.path())
    .run();
    let (_, rows) = listed.ok().csv();
    assert!(!rows.is_empty());
    for r in &rows {
        assert!(
            !has(&free, &r[2], &r[5]),
            "match lists vetoed {}-{}",
            r[2],
            r[5]
        );
    }
    let (a, b, _) = &free[0];
    let out = twin(&["explain", &examples, a, b, "--forbid", "veto.tsv"])
        .in_dir(dir.path())
        .run();
    out.ok()
        .stdout_has("eligible: no")
        .stdout_has("✗ vetoed: forbidden by veto.tsv:2 (--forbid)");
    let out = twin(&["explain", &examples, a, "--forbid", "veto.tsv"])
        .in_dir(dir.path())
        .run();
    out.ok()
        .stdout_has("  vetoed (--forbid): ")
        .stdout_has("forbidden pairs (--forbid): ")
        .stdout_has(&format!("{b} (veto.tsv:2)"));
}

#[test]
fn history_works_for_match_and_explain_too() {
    let dir = tempfile::tempdir().unwrap();
    let examples = examples();
    twin(&["assign", &examples, "-o", "round1.csv"])
        .in_dir(dir.path())
        .run()
        .ok();
    let (first, _) = plan_in(dir.path(), &[]);
    let listed = twin(&[
        "match",
        &examples,
        "--all",
        "--format",
        "csv",
        "--history",
        "round1.csv",
    ])
    .in_dir(dir.path())
    .run();
    let (_, rows) = listed.ok().csv();
    for r in &rows {
        assert!(!has(&first, &r[2], &r[5]), "{}-{} again", r[2], r[5]);
    }
    let (a, b, _) = &first[0];
    twin(&["explain", &examples, b, a, "--history", "round1.csv"])
        .in_dir(dir.path())
        .run()
        .ok()
        .stdout_has(&format!(
            "✗ already twins: {b} and {a} were paired before (--history round1.csv:2)"
        ));
}

#[test]
fn explain_shows_a_kept_pair_as_such() {
    let dir = tempfile::tempdir().unwrap();
    let examples = examples();
    std::fs::write(dir.path().join("k.csv"), "id_a,id_b\nES-MAD,MX-MEX\n").unwrap();
    twin(&["explain", &examples, "MX-MEX", "ES-MAD", "--keep", "k.csv"])
        .in_dir(dir.path())
        .run()
        .ok()
        .stdout_has("eligible: yes\nkept: listed in k.csv:2 (--keep), so always in the plan");
    let out = twin(&["explain", &examples, "ES-MAD", "--keep", "k.csv"])
        .in_dir(dir.path())
        .run();
    out.ok()
        .stdout_has("kept pairs (--keep): 1 — MX-MEX (k.csv:2)")
        .stdout_has("MX-MEX AIC Ciudad de México Iztapalapa (MX)  [kept]");
}

#[test]
fn min_score_holds_for_both_methods_and_a_kept_pair_below_it_stays_with_a_note() {
    let dir = tempfile::tempdir().unwrap();
    // FR-LIL – IT-ROM scores 50.00.
    std::fs::write(dir.path().join("k.csv"), "id_a,id_b\nFR-LIL,IT-ROM\n").unwrap();
    for method in ["optimal", "stable"] {
        let (plan, out) = plan_in(dir.path(), &["--min-score", "60", "--method", method]);
        assert!(!plan.is_empty());
        assert!(plan.iter().all(|p| p.2 >= 6000), "{method}: {plan:?}");
        out.stderr_has("no eligible partner scoring 60.00 or more (--min-score); the best, ");
        let (plan, out) = plan_in(
            dir.path(),
            &["--min-score", "60", "--method", method, "--keep", "k.csv"],
        );
        assert!(has(&plan, "FR-LIL", "IT-ROM"));
        assert!(plan.iter().all(|p| p.2 >= 6000 || p.0 == "FR-LIL"));
        out.stderr_has(
            "note: k.csv:2: kept pair FR-LIL – IT-ROM scores 50.00, below --min-score 60.00; it stays in the plan (it is kept)",
        );
    }
    // Without --min-score nothing is said of scores.
    let (_, out) = plan_in(dir.path(), &["--keep", "k.csv"]);
    out.stderr_lacks("--min-score");
}

#[test]
fn a_repeated_pair_in_keep_or_forbid_lists_is_a_note() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("k1.csv"), "id_a,id_b\nES-MAD,MX-MEX\n").unwrap();
    std::fs::write(dir.path().join("k2.csv"), "id_a,id_b\nMX-MEX,ES-MAD\n").unwrap();
    let (plan, out) = plan_in(dir.path(), &["--keep", "k1.csv", "--keep", "k2.csv"]);
    assert!(has(&plan, "ES-MAD", "MX-MEX"));
    out.stderr_has(
        "note: k2.csv:2: pair MX-MEX – ES-MAD is listed again in the --keeps (first at k1.csv:2); counted once",
    )
    .stderr_has("(1 kept)");
    let (_, out) = plan_in(dir.path(), &["--forbid", "k1.csv", "--forbid", "k2.csv"]);
    out.stderr_has("note: k2.csv:2: pair MX-MEX – ES-MAD is listed again");
}

/// Runs `assign` on the example with `args` in a folder holding `files`, asking for an
/// output file: it must fail (exit 1) with `expected` among the errors, and write nothing.
fn refused(files: &[(&str, &str)], args: &[&str], expected: &[&str]) {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in files {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    for command in ["assign", "match", "explain"] {
        let mut line = vec![command.to_string(), examples()];
        if command == "explain" {
            line.push("FR-LYO".into());
        } else {
            line.extend(["-o".into(), "out.csv".into()]);
        }
        line.extend(args.iter().map(|s| s.to_string()));
        let line: Vec<&str> = line.iter().map(String::as_str).collect();
        let out = twin(&line).in_dir(dir.path()).run();
        out.code(1).stdout_empty();
        for e in expected {
            out.stderr_has(&format!("error: {e}"));
        }
        assert!(!dir.path().join("out.csv").exists(), "{command}: written");
    }
}

#[test]
fn bad_pair_lists_are_errors_naming_file_and_line_and_nothing_is_written() {
    refused(
        &[("k.csv", "group,partner\nES-MAD,MX-MEX\n")],
        &["--keep", "k.csv"],
        &["k.csv:1: a keep file needs the columns id_a and id_b"],
    );
    refused(
        &[("f.csv", "id_a,id_b\nES-MAD,MX-MEX\nFR-LYO,FR-LYO\n")],
        &["--forbid", "f.csv"],
        &["f.csv:3: group \"FR-LYO\" is paired with itself"],
    );
    refused(
        &[("k.csv", "id_a,id_b\nES-MAD,MX-MEZ\nES-MAD,ZZ-ZZZZZZ\n")],
        &["--keep", "k.csv"],
        &[
            "k.csv:2: in this keep file: no group has the id \"MX-MEZ\" — did you mean \"MX-MEX\"?",
            "k.csv:3: in this keep file: no group has the id \"ZZ-ZZZZZZ\"\n",
        ],
    );
    refused(
        &[("f.csv", "id_a,id_b\nBE-BRZ,FR-PAR\n")],
        &["--forbid", "f.csv"],
        &[
            "f.csv:2: in this forbid file: no group has the id \"BE-BRZ\" — did you mean \"BE-BRU\"?",
        ],
    );
    refused(
        &[
            ("k.csv", "id_a,id_b\nES-MAD,MX-MEX\n"),
            ("f.csv", "id_a,id_b\nX,Y\nMX-MEX,ES-MAD\n"),
        ],
        &["--keep", "k.csv", "--forbid", "f.csv", "--history", "f.csv"],
        &[
            "k.csv:2: kept pair ES-MAD – MX-MEX is also forbidden by --forbid (f.csv:3)",
            "k.csv:2: kept pair ES-MAD – MX-MEX is already twins by --history (f.csv:3)",
        ],
    );
    refused(
        &[(
            "k.csv",
            "id_a,id_b\nFR-LYO,FR-PAR\nTH-BKK,PY-ASU\nFR-NAN,BE-BRU\nFR-MAR,ES-SEV\n",
        )],
        &["--keep", "k.csv"],
        &[
            "k.csv:2: kept pair FR-LYO – FR-PAR is not eligible: same country: both are in FR (France)",
            "k.csv:3: kept pair TH-BKK – PY-ASU is not eligible: no common language: TH-BKK speaks th; PY-ASU speaks es, gn",
            "k.csv:4: kept pair FR-NAN – BE-BRU is not eligible: capacity 0: FR-NAN is not seeking a twin\n",
            "k.csv:5: kept pair FR-MAR – ES-SEV is not eligible: already twins: FR-MAR and ES-SEV are listed as existing twins",
        ],
    );
    refused(
        &[(
            "k.csv",
            "id_a,id_b\nFR-LYO,IT-ROM\nFR-LYO,MG-TNR\nFR-LYO,BE-BRU\n",
        )],
        &["--keep", "k.csv"],
        &[
            "k.csv:4: group \"FR-LYO\" has capacity 2 but is in 3 kept pairs (k.csv:2, k.csv:3, k.csv:4)",
        ],
    );
    refused(
        &[("h.csv", "id,partner\nA,B\n")],
        &["--history", "h.csv"],
        &["h.csv:1: a history file needs the columns id_a and id_b"],
    );
}

#[test]
fn a_pair_list_is_never_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("k.csv"), "id_a,id_b\nES-MAD,MX-MEX\n").unwrap();
    for flag in ["--keep", "--forbid"] {
        let out = twin(&[
            "assign",
            &examples(),
            flag,
            "k.csv",
            "-o",
            "k.csv",
            "--force",
        ])
        .in_dir(dir.path())
        .run();
        out.code(2).stderr_has("-o k.csv is the ");
        assert_eq!(
            std::fs::read_to_string(dir.path().join("k.csv")).unwrap(),
            "id_a,id_b\nES-MAD,MX-MEX\n"
        );
    }
}

#[test]
fn locked_plans_do_not_depend_on_the_order_of_the_lists() {
    let dir = tempfile::tempdir().unwrap();
    let rows = ["ES-MAD,MX-MEX", "FR-LIL,IT-ROM", "BE-BRU,FR-PAR"];
    std::fs::write(
        dir.path().join("a.csv"),
        format!("id_a,id_b\n{}\n", rows.join("\n")),
    )
    .unwrap();
    let reversed: Vec<String> = rows
        .iter()
        .rev()
        .map(|r| {
            let (x, y) = r.split_once(',').unwrap();
            format!("{y},{x}")
        })
        .collect();
    std::fs::write(
        dir.path().join("b.csv"),
        format!("id_b,id_a\n{}\n", reversed.join("\n")),
    )
    .unwrap();
    for method in ["optimal", "stable"] {
        let (a, _) = plan_in(dir.path(), &["--keep", "a.csv", "--method", method]);
        let (b, _) = plan_in(dir.path(), &["--keep", "b.csv", "--method", method]);
        assert_eq!(a, b, "{method}");
        let set: BTreeSet<_> = a.iter().map(|p| (p.0.clone(), p.1.clone())).collect();
        assert_eq!(set.len(), a.len());
    }
}
