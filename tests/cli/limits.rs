//! Bounded memory and honest limits (issue 9): huge `--top` / `--per-group` values are capped
//! at the groups there are, a plan too large to compute is refused before any work with what
//! it would need and what to use instead, and file text reaches the terminal escaped.

use crate::harness::twin;

const SMALL: &str = "good/small.csv";

#[test]
fn huge_per_group_and_top_values_are_capped_at_the_groups() {
    // As many candidates as there are groups: every list whole.
    let whole = twin(&["match", SMALL, "--per-group", "1000", "--format", "csv"]).run();
    whole.ok();
    for k in ["1000000", "18446744073709551615"] {
        let out = twin(&["match", SMALL, "--per-group", k, "--format", "csv"]).run();
        out.ok();
        assert_eq!(out.stdout, whole.stdout, "--per-group {k}");
    }
    let all = twin(&["match", SMALL, "--all", "--format", "csv"]).run();
    all.ok();
    for n in ["100000000", "18446744073709551615"] {
        let out = twin(&["match", SMALL, "--top", n, "--format", "csv"]).run();
        out.ok();
        assert_eq!(out.stdout, all.stdout, "--top {n}");
    }
}

/// `groups` groups in each of three countries, all speaking French with the same themes:
/// every pair across countries is eligible.
fn network(groups: usize) -> String {
    let mut text = String::from("id,name,country,languages,themes,capacity\n");
    for country in ["FR", "BE", "CA"] {
        for i in 0..groups {
            text.push_str(&format!("{country}-{i},Groupe {i},{country},fr,health,1\n"));
        }
    }
    text
}

#[test]
fn an_optimal_plan_too_large_is_refused_before_any_work() {
    // Just over the limit: 3 · g² eligible pairs.
    let limit = twin::internals::plan::MAX_OPTIMAL_PAIRS;
    let g = ((limit / 3) as f64).sqrt() as usize + 1;
    let pairs = 3 * (g as u64) * (g as u64);
    assert!(pairs > limit);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("big.csv");
    std::fs::write(&file, network(g)).unwrap();
    let plan = dir.path().join("plan.csv");
    let out = twin(&[
        "assign",
        file.to_str().unwrap(),
        "-o",
        plan.to_str().unwrap(),
    ])
    .run();
    out.code(1)
        .stdout_empty()
        .stderr_has(&format!("{} eligible pairs", grouped(pairs)))
        .stderr_has(&format!("at most {} pairs", grouped(limit)))
        .stderr_has("--method stable");
    assert!(!plan.exists(), "nothing is written");
}

/// `n` with its digits grouped by three, as English messages write counts (`10,000,000`).
fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Two countries of `g` groups sharing a language and a theme, each wanting `capacity`
/// twins: g² eligible pairs, each group with g partners.
fn two_countries(g: usize, capacity: u64) -> String {
    let mut csv = String::from("id,name,country,languages,themes,capacity\n");
    for country in ["FR", "BE"] {
        for i in 0..g {
            csv.push_str(&format!(
                "{country}-{i},G {i},{country},fr,health,{capacity}\n"
            ));
        }
    }
    csv
}

#[test]
fn capacities_too_large_for_the_optimal_solver_are_refused_before_it_allocates() {
    // 150 × 150 pairs, each group with 150 partners: with capacity ≥ 150 the reduction would
    // have 150⁴ ≈ 506 M edges (the 2 KB file aborted with an 8 GB allocation before).
    let (g, limit) = (150u64, twin::internals::plan::MAX_REDUCED_EDGES);
    assert!(g.pow(4) > limit);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("caps.csv");
    std::fs::write(&file, two_countries(g as usize, 1_000_000)).unwrap();
    let plan = dir.path().join("plan.csv");
    for extra in [&[][..], &["--verify"][..]] {
        let mut args = vec![
            "assign",
            file.to_str().unwrap(),
            "-o",
            plan.to_str().unwrap(),
        ];
        args.extend_from_slice(extra);
        twin(&args)
            .run()
            .code(1)
            .stdout_empty()
            .stderr_has(&format!("would build {} edges", grouped(g.pow(4))))
            .stderr_has(&format!("its limit of {}", grouped(limit)))
            .stderr_has("wants 1,000,000 twins")
            .stderr_has("--method stable");
        assert!(!plan.exists(), "nothing is written");
    }
    // The stable plan has no such limit; and capacity 2 fits the optimal one.
    twin(&[
        "assign",
        file.to_str().unwrap(),
        "--method",
        "stable",
        "--format",
        "csv",
    ])
    .run()
    .ok()
    .stdout_has("FR-0");
    std::fs::write(&file, two_countries(g as usize, 2)).unwrap();
    twin(&["assign", file.to_str().unwrap(), "--format", "csv"])
        .run()
        .ok()
        .stdout_has("FR-0");
}

#[test]
fn a_plan_within_the_limit_is_computed() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("net.csv");
    std::fs::write(&file, network(3)).unwrap();
    twin(&["assign", file.to_str().unwrap(), "--format", "csv"])
        .run()
        .ok()
        .stdout_has("FR-0");
}

#[test]
fn a_single_group_is_told_there_is_no_other_group() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("one.csv");
    std::fs::write(
        &file,
        "id,name,country,languages,themes,capacity\nFR-1,Seul,FR,fr,health,1\n",
    )
    .unwrap();
    for method in ["optimal", "stable"] {
        twin(&["assign", file.to_str().unwrap(), "--method", method])
            .run()
            .ok()
            .stderr_has("FR-1 Seul (FR): no eligible partner — it is the only group")
            .stderr_lacks("excluded by ;")
            .stderr_lacks("nearest: \n");
    }
}

#[test]
fn control_characters_reach_tables_and_explain_escaped() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("ctl.csv");
    std::fs::write(
        &file,
        "id,name,country,languages,themes,capacity\n\
         FR-1,\"Lyon\u{1b}[2J\u{7}\u{202e}\",FR,fr,health,1\n\
         BE-1,Bruxelles,BE,fr,health,1\n",
    )
    .unwrap();
    let path = file.to_str().unwrap();
    for args in [
        vec!["match", path],
        vec!["match", path, "--all"],
        vec!["explain", path, "FR-1", "BE-1"],
        vec!["assign", path, "--format", "table"],
    ] {
        let out = twin(&args).run();
        out.ok();
        let text = format!("{}{}", out.stdout, out.stderr);
        assert!(
            !text.contains(['\u{1b}', '\u{7}', '\u{202e}']),
            "{args:?}: raw control characters\n{text}"
        );
        out.stdout_has("Lyon\\u{1b}[2J\\u{7}\\u{202e}");
    }
    // Machine formats keep the text as read.
    twin(&["match", path, "--format", "csv"])
        .run()
        .ok()
        .stdout_has("Lyon\u{1b}[2J\u{7}\u{202e}");
}

#[test]
fn a_huge_name_is_shown_shortened_in_the_table_only() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("long.csv");
    let long = "n".repeat(200_000);
    std::fs::write(
        &file,
        format!(
            "id,name,country,languages,themes,capacity\nFR-1,{long},FR,fr,health,1\nBE-1,B,BE,fr,health,1\n"
        ),
    )
    .unwrap();
    let path = file.to_str().unwrap();
    let table = twin(&["match", path]).run();
    table.ok().stdout_has("nnn…");
    // Four lines (header, rule, two rows), each cell at most 320 columns: a few kB, never
    // the 200,000-byte name padded onto every row.
    assert!(table.stdout.len() < 8_000, "{}", table.stdout.len());
    twin(&["match", path, "--format", "csv"])
        .run()
        .ok()
        .stdout_has(&long);
}

#[test]
fn a_workbook_too_large_for_a_sheet_is_refused_before_the_pairs_are_computed() {
    // 3 · 600² = 1,080,000 eligible pairs: more than the 1,048,575 rows a sheet holds.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("net.csv");
    std::fs::write(&file, network(600)).unwrap();
    let book = dir.path().join("pairs.xlsx");
    let out = twin(&[
        "match",
        file.to_str().unwrap(),
        "--all",
        "-o",
        book.to_str().unwrap(),
    ])
    .run();
    out.code(1)
        .stdout_empty()
        .stderr_has("pairs.xlsx")
        .stderr_has("1,080,000 pairs do not fit in an Excel sheet")
        .stderr_has("--format csv");
    assert!(!book.exists(), "nothing is written");
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}

#[test]
fn a_past_pair_of_unknown_ids_is_noted_escaped() {
    let dir = tempfile::tempdir().unwrap();
    let history = dir.path().join("past.csv");
    std::fs::write(&history, "id_a,id_b\nXX\u{1b}[1m,FR-01\n").unwrap();
    let out = twin(&["assign", SMALL, "--history", history.to_str().unwrap()]).run();
    out.ok()
        .stderr_has("past pair XX\\u{1b}[1m – FR-01 is not between two groups");
    assert!(!out.stderr.contains('\u{1b}'), "{}", out.stderr);
}
