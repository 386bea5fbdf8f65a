//! `--layout groups`: a plan seen from each group (its twins, best first), the same pairs
//! as the ranked list, in every format, for `assign` and `review` alike.

use std::collections::BTreeMap;

use crate::harness::{EXAMPLES, parse_csv, root_dir, twin};

#[test]
fn every_pair_appears_once_from_each_of_its_groups() {
    let pairs = twin(&["assign", EXAMPLES, "--format", "csv"]).run();
    pairs.ok();
    let groups = twin(&["assign", EXAMPLES, "--format", "csv", "--layout", "groups"]).run();
    groups.ok();
    let (header, by_group) = groups.csv();
    assert_eq!(
        header.join(","),
        "rank,score,id_a,name_a,country_a,id_b,name_b,country_b,shared_themes,shared_languages"
    );
    let (_, ranked) = pairs.csv();
    assert_eq!(by_group.len(), 2 * ranked.len());
    // The same pairs, with the same scores and shared lists, from both sides.
    let mut from_pairs: Vec<(String, String, String, String)> = ranked
        .iter()
        .flat_map(|r| {
            [
                (r[2].clone(), r[5].clone(), r[1].clone(), r[8].clone()),
                (r[5].clone(), r[2].clone(), r[1].clone(), r[8].clone()),
            ]
        })
        .collect();
    let mut from_groups: Vec<(String, String, String, String)> = by_group
        .iter()
        .map(|r| (r[2].clone(), r[5].clone(), r[1].clone(), r[8].clone()))
        .collect();
    from_pairs.sort();
    from_groups.sort();
    assert_eq!(from_pairs, from_groups);
    // Groups in id order, each group's twins ranked 1, 2, … by score.
    let ids: Vec<&str> = by_group.iter().map(|r| r[2].as_str()).collect();
    assert!(ids.windows(2).all(|w| w[0] <= w[1]), "{ids:?}");
    let mut last: BTreeMap<&str, (usize, f64)> = BTreeMap::new();
    for r in &by_group {
        let (rank, score): (usize, f64) = (r[0].parse().unwrap(), r[1].parse().unwrap());
        match last.get(r[2].as_str()) {
            None => assert_eq!(rank, 1),
            Some(&(before, best)) => {
                assert_eq!(rank, before + 1);
                assert!(score <= best);
            }
        }
        last.insert(&r[2], (rank, score));
    }
    // ES-MAD (capacity 2) has two twins.
    assert_eq!(last["ES-MAD"].0, 2);
}

#[test]
fn the_table_shows_each_group_once_with_its_twins() {
    let out = twin(&["assign", EXAMPLES, "--layout", "groups"]).run();
    out.ok();
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert!(
        lines[0].starts_with(" group ") && lines[0].contains(" twin "),
        "{}",
        lines[0]
    );
    let madrid = lines
        .iter()
        .position(|l| l.starts_with(" ES-MAD Voluntarias AIC Madrid Vallecas (ES)"))
        .unwrap();
    assert!(lines[madrid].contains("AR-BUE AIC Buenos Aires (AR)"));
    // The second twin's row leaves the group cell empty.
    assert!(
        lines[madrid + 1].trim_start().starts_with("2 "),
        "{}",
        lines[madrid + 1]
    );
    assert!(lines[madrid + 1].contains("PE-LIM"));
    // The summary is the plan's, on stderr.
    assert!(
        out.stderr.contains("plan (optimal): 24 pairs"),
        "{}",
        out.stderr
    );
}

#[test]
fn json_and_xlsx_hold_the_per_group_rows() {
    let out = twin(&["assign", EXAMPLES, "--layout", "groups", "--format", "json"]).run();
    out.ok();
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout_bytes).unwrap();
    assert_eq!(doc["pairs"].as_array().unwrap().len(), 48);
    assert_eq!(doc["pairs"][0]["id_a"], "AR-BUE");
    assert_eq!(doc["summary"]["pairs"], 24);

    let dir = tempfile::tempdir().unwrap();
    twin(&["assign", EXAMPLES, "--layout", "groups", "-o"])
        .args(&[dir.path().join("g.xlsx").to_str().unwrap()])
        .run()
        .ok();
    use calamine::{Reader, Xlsx, open_workbook};
    let mut book: Xlsx<_> = open_workbook(dir.path().join("g.xlsx")).unwrap();
    assert_eq!(book.sheet_names(), ["groups", "summary"]);
    let rows = book.worksheet_range("groups").unwrap();
    assert_eq!(rows.height(), 49);
}

#[test]
fn review_of_twins_own_plan_shows_the_same_view_as_assign() {
    let dir = tempfile::tempdir().unwrap();
    let examples = root_dir().join("examples/groups.csv");
    let examples = examples.to_str().unwrap();
    twin(&["assign", examples, "-o", "plan.csv"])
        .in_dir(&dir)
        .run()
        .ok();
    for format in ["table", "csv"] {
        let assign = twin(&["assign", examples, "--layout", "groups", "--format", format])
            .in_dir(&dir)
            .run();
        let review = twin(&[
            "review", "plan.csv", examples, "--layout", "groups", "--format", format,
        ])
        .in_dir(&dir)
        .run();
        review.ok().stderr_has("ok: plan.csv keeps every rule");
        assert_eq!(assign.stdout, review.stdout, "{format}");
    }
    let (_, rows) = parse_csv(
        &twin(&[
            "review", "plan.csv", examples, "--layout", "groups", "--format", "csv",
        ])
        .in_dir(&dir)
        .run()
        .stdout_bytes,
    );
    assert_eq!(rows.len(), 48);
}
