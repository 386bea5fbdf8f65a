//! `twin review PLAN FILES…`: twin's own plan reviews clean with nothing lost; an edited
//! plan shows its loss and the change that recovers it; hand-made broken plans fail (exit
//! 1) with each problem at its line; every format; the plan file is never written over.

use std::path::{Path, PathBuf};

use crate::harness::{parse_csv, root_dir, twin};

fn examples() -> String {
    root_dir()
        .join("examples/groups.csv")
        .to_string_lossy()
        .into_owned()
}

/// twin's optimal plan of the example as CSV, in `dir`.
fn own_plan(dir: &Path) -> PathBuf {
    twin(&["assign", &examples(), "-o", "plan.csv"])
        .in_dir(dir)
        .run()
        .ok();
    dir.join("plan.csv")
}

/// Writes a hand-made plan of `id_a,id_b` rows (data from line 2).
fn plan_file(dir: &Path, name: &str, rows: &[(&str, &str)]) -> String {
    let mut text = String::from("id_a,id_b\n");
    for (a, b) in rows {
        text.push_str(&format!("{a},{b}\n"));
    }
    std::fs::write(dir.join(name), text).unwrap();
    name.to_string()
}

fn json(bytes: &[u8]) -> serde_json::Value {
    serde_json::from_slice(bytes).expect("JSON")
}

#[test]
fn twins_own_plan_reviews_clean_with_nothing_lost() {
    let dir = tempfile::tempdir().unwrap();
    own_plan(dir.path());
    let out = twin(&["review", "plan.csv", &examples()])
        .in_dir(&dir)
        .run();
    out.ok()
        .stdout_has("review of plan.csv: 24 lines against 43 groups")
        .stdout_has("this plan has 0.00 points less (0.00 %)")
        .stdout_has("ok: plan.csv keeps every rule, capacity and lock")
        .stdout_has("single changes that gain: none");
    assert!(!out.stdout.contains('✗'), "{}", out.stdout);
    let out = twin(&["review", "plan.csv", &examples(), "--format", "json"])
        .in_dir(&dir)
        .run();
    out.ok();
    let doc = json(&out.stdout_bytes);
    assert_eq!(doc["ok"], true);
    assert_eq!(doc["best_plan"]["percent_lost"], 0.0);
    assert_eq!(doc["plan"]["total_score"], 1423.33);
    assert_eq!(doc["lines"].as_array().unwrap().len(), 24);
    assert_eq!(doc["problems"].as_array().unwrap().len(), 0);
    // The stable plan reviewed against the stable method loses nothing and blocks nothing.
    twin(&[
        "assign",
        &examples(),
        "--method",
        "stable",
        "-o",
        "stable.csv",
    ])
    .in_dir(&dir)
    .run()
    .ok();
    let out = twin(&["review", "stable.csv", &examples(), "--method", "stable"])
        .in_dir(&dir)
        .run();
    out.ok()
        .stdout_has("0.00 points less (0.00 %)")
        .stdout_has("blocking pairs: none");
    // Against the optimal plan the stable one loses 42.00 points (2.95 %).
    twin(&["review", "stable.csv", &examples()])
        .in_dir(&dir)
        .run()
        .ok()
        .stdout_has("this plan has 42.00 points less (2.95 %)");
}

#[test]
fn an_xlsx_plan_reads_back_and_reviews_clean() {
    let dir = tempfile::tempdir().unwrap();
    twin(&["assign", &examples(), "-o", "plan.xlsx"])
        .in_dir(&dir)
        .run()
        .ok();
    twin(&["review", "plan.xlsx", &examples()])
        .in_dir(&dir)
        .run()
        .ok()
        .stdout_has("0.00 points less");
}

#[test]
fn a_swapped_partner_shows_the_loss_and_the_exchange_that_recovers_it() {
    let dir = tempfile::tempdir().unwrap();
    let plan = own_plan(dir.path());
    // BE-ANT – FR-MAR (70.00) and CI-ABJ – HT-PAP (60.00) swap partners in a spreadsheet.
    let text = std::fs::read_to_string(&plan).unwrap();
    let (header, rows) = parse_csv(text.as_bytes());
    let mut out = csv::Writer::from_writer(Vec::new());
    out.write_record(&header).unwrap();
    let mut swapped = 0;
    for mut r in rows {
        match (r[2].as_str(), r[5].as_str()) {
            ("BE-ANT", "FR-MAR") => r[5] = "HT-PAP".into(),
            ("CI-ABJ", "HT-PAP") => r[5] = "FR-MAR".into(),
            _ => {}
        }
        swapped += usize::from(
            r[5] == "HT-PAP" && r[2] == "BE-ANT" || r[5] == "FR-MAR" && r[2] == "CI-ABJ",
        );
        out.write_record(&r).unwrap();
    }
    assert_eq!(swapped, 2);
    std::fs::write(dir.path().join("edited.csv"), out.into_inner().unwrap()).unwrap();
    let out = twin(&["review", "edited.csv", &examples(), "--format", "json"])
        .in_dir(&dir)
        .run();
    // Still a valid plan (both new pairs are eligible): exit 0.
    out.ok();
    let doc = json(&out.stdout_bytes);
    assert_eq!(doc["ok"], true);
    assert_eq!(doc["best_plan"]["points_lost"], 80.0);
    assert_eq!(doc["best_plan"]["percent_lost"], 5.62);
    let first = &doc["changes"][0];
    assert_eq!(first["kind"], "exchange");
    assert_eq!(first["gain"], 80.0);
    let added: Vec<(&str, &str)> = first["add"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["id_a"].as_str().unwrap(), p["id_b"].as_str().unwrap()))
        .collect();
    assert_eq!(added, [("BE-ANT", "FR-MAR"), ("CI-ABJ", "HT-PAP")]);
    twin(&["review", "edited.csv", &examples()])
        .in_dir(&dir)
        .run()
        .ok()
        .stdout_has("this plan has 80.00 points less (5.62 %)")
        .stdout_has("+80.00  exchange partners: CI-ABJ – FR-MAR 40.00 and BE-ANT – HT-PAP 10.00 become BE-ANT – FR-MAR 70.00 and CI-ABJ – HT-PAP 60.00");
}

/// A broken plan's rows, where its error is (`file:line:`) and words the error holds.
type Case<'a> = (&'a [(&'a str, &'a str)], &'a str, &'a [&'a str]);

#[test]
fn each_broken_rule_is_an_error_at_its_line_and_the_report_is_still_written() {
    let dir = tempfile::tempdir().unwrap();
    let cases: &[Case] = &[
        // FR-PAR has capacity 1.
        (
            &[("FR-PAR", "BE-BRU"), ("FR-PAR", "IT-ROM")],
            "over.csv:3:",
            &["FR-PAR is in 2 pairs for a capacity of 1 (lines 2, 3)"],
        ),
        (
            &[("FR-LYO", "MG-TNR"), ("FR-LYO", "fr-par")],
            "unknown.csv:3:",
            &["no group has the id \"fr-par\" — did you mean \"FR-PAR\"?"],
        ),
        (
            &[("FR-LYO", "FR-PAR")],
            "country.csv:2:",
            &["FR-LYO – FR-PAR breaks the rules: same country"],
        ),
        (
            &[("FR-LYO", "MG-TNR"), ("MG-TNR", "FR-LYO")],
            "repeat.csv:3:",
            &["the pair MG-TNR – FR-LYO is listed again (first on line 2)"],
        ),
        (
            &[("FR-LYO", "PE-ARE")],
            "language.csv:2:",
            &["FR-LYO – PE-ARE breaks the rules: no common language"],
        ),
    ];
    for (rows, at, words) in cases {
        let name = at.split(':').next().unwrap();
        plan_file(dir.path(), name, rows);
        let out = twin(&["review", name, &examples()]).in_dir(&dir).run();
        out.code(1).stdout_has(&format!("review of {name}"));
        let errors = out.stderr_lines("error:");
        let found = errors
            .iter()
            .any(|l| l.contains(at) && words.iter().all(|w| l.contains(w)));
        assert!(found, "{name}: {errors:?}");
        assert!(out.stdout.contains('✗'), "{}", out.stdout);
    }
    // A pair of a group with itself: the plan reader refuses the line.
    plan_file(dir.path(), "self.csv", &[("FR-LYO", "FR-LYO")]);
    twin(&["review", "self.csv", &examples()])
        .in_dir(&dir)
        .run()
        .code(1)
        .stderr_has("self.csv:2:")
        .stderr_has("paired with itself");
}

#[test]
fn forbidden_historical_and_missing_kept_pairs_are_errors_naming_both_files() {
    let dir = tempfile::tempdir().unwrap();
    let plan = plan_file(
        dir.path(),
        "plan.csv",
        &[
            ("FR-LYO", "MG-TNR"),
            ("BE-BRU", "FR-PAR"),
            ("AR-BUE", "ES-MAD"),
        ],
    );
    plan_file(dir.path(), "forbid.csv", &[("MG-TNR", "FR-LYO")]);
    plan_file(dir.path(), "history.csv", &[("BE-BRU", "FR-PAR")]);
    plan_file(dir.path(), "keep.csv", &[("MX-MEX", "PE-ARE")]);
    let out = twin(&[
        "review",
        &plan,
        &examples(),
        "--forbid",
        "forbid.csv",
        "--history",
        "history.csv",
        "--keep",
        "keep.csv",
    ])
    .in_dir(&dir)
    .run();
    out.code(1)
        .stderr_has("error: plan.csv:2: FR-LYO – MG-TNR is forbidden (forbid.csv:2)")
        .stderr_has("error: plan.csv:3: BE-BRU – FR-PAR were twinned before (history.csv:2)")
        .stderr_has("error: keep.csv:2: the kept pair MX-MEX – PE-ARE is not in the plan plan.csv")
        .stderr_lacks("breaks the rules");
    // The best plan keeps MX-MEX – PE-ARE and leaves out the vetoed and past pairs.
    let out = twin(&[
        "review",
        &plan,
        &examples(),
        "--forbid",
        "forbid.csv",
        "--history",
        "history.csv",
        "--keep",
        "keep.csv",
        "--format",
        "json",
    ])
    .in_dir(&dir)
    .run();
    out.code(1);
    let doc = json(&out.stdout_bytes);
    assert_eq!(doc["ok"], false);
    let statuses: Vec<(bool, bool)> = doc["lines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| (l["forbidden"].is_string(), l["history"].is_string()))
        .collect();
    assert_eq!(statuses, [(true, false), (false, true), (false, false)]);
    assert_eq!(doc["problems"].as_array().unwrap().len(), 3);
}

#[test]
fn every_format_holds_the_audit() {
    let dir = tempfile::tempdir().unwrap();
    plan_file(
        dir.path(),
        "plan.csv",
        &[("FR-LYO", "MG-TNR"), ("=EVIL", "FR-PAR")],
    );
    let out = twin(&["review", "plan.csv", &examples(), "--format", "csv"])
        .in_dir(&dir)
        .run();
    out.code(1).stderr_has("plan plan.csv: 1 pair");
    let (header, rows) = out.csv();
    assert_eq!(
        header.join(","),
        "line,id_a,id_b,score,eligible,broken_rules,kept,locked_out,problems"
    );
    assert_eq!(rows[0][..5], ["2", "FR-LYO", "MG-TNR", "74.00", "yes"]);
    // File text is neutralised for spreadsheets.
    assert_eq!(rows[1][1], "'=EVIL");
    assert!(
        rows[1][8].contains("no group has the id \"=EVIL\""),
        "{rows:?}"
    );

    twin(&["review", "plan.csv", &examples(), "-o", "review.xlsx"])
        .in_dir(&dir)
        .run()
        .code(1);
    use calamine::{Reader, Xlsx, open_workbook};
    let mut book: Xlsx<_> = open_workbook(dir.path().join("review.xlsx")).unwrap();
    assert_eq!(book.sheet_names(), ["pairs", "groups", "summary"]);
    let pairs = book.worksheet_range("pairs").unwrap();
    assert_eq!(pairs.get((1, 1)).unwrap().to_string(), "FR-LYO");
    assert_eq!(pairs.get((2, 1)).unwrap().to_string(), "=EVIL");
    let groups = book.worksheet_range("groups").unwrap();
    assert_eq!(groups.height(), 44);
}

#[test]
fn the_plan_file_is_never_written_over() {
    let dir = tempfile::tempdir().unwrap();
    own_plan(dir.path());
    let before = std::fs::read(dir.path().join("plan.csv")).unwrap();
    twin(&[
        "review",
        "plan.csv",
        &examples(),
        "-o",
        "plan.csv",
        "--force",
    ])
    .in_dir(&dir)
    .run()
    .code(2)
    .stderr_has("plan.csv");
    assert_eq!(std::fs::read(dir.path().join("plan.csv")).unwrap(), before);
}

#[test]
fn verify_certifies_the_best_plan_it_compares_with() {
    let dir = tempfile::tempdir().unwrap();
    own_plan(dir.path());
    twin(&["review", "plan.csv", &examples(), "--verify"])
        .in_dir(&dir)
        .run()
        .ok()
        .stderr_has("certificate");
    twin(&[
        "review",
        "plan.csv",
        &examples(),
        "--verify",
        "--method",
        "stable",
    ])
    .in_dir(&dir)
    .run()
    .code(2);
}

#[test]
fn the_review_is_the_same_whatever_the_order_of_the_profiles_and_the_threads() {
    let dir = tempfile::tempdir().unwrap();
    let plan = plan_file(
        dir.path(),
        "plan.csv",
        &[
            ("FR-LYO", "MG-TNR"),
            ("BE-ANT", "HT-PAP"),
            ("CI-ABJ", "FR-MAR"),
        ],
    );
    let text = std::fs::read_to_string(examples()).unwrap();
    let mut rng = twin::testkit::Rng::new(5);
    std::fs::write(
        dir.path().join("shuffled.csv"),
        crate::harness::shuffle_rows(&text, &mut rng),
    )
    .unwrap();
    let run = |profiles: &str, threads: &str| {
        let out = assert_cmd::Command::new(crate::harness::bin())
            .args(["review", &plan, profiles, "--format", "json"])
            .current_dir(dir.path())
            .env("RAYON_NUM_THREADS", threads)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0));
        out.stdout
    };
    let first = run(&examples(), "1");
    assert_eq!(run("shuffled.csv", "3"), first);
    assert_eq!(run(&examples(), "2"), first);
}
