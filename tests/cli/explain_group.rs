//! `twin explain FILES… ID`: where one group stands, checked against other commands on the
//! example: its eligible partners are the candidates `match --group` lists, its best
//! candidates are that list's first rows, and each rule's count is the number of other
//! groups whose pair `explain` shows excluded by that rule.

use crate::harness::{EXAMPLES, data_dir, parse_csv, twin};

#[test]
fn one_group_explain_agrees_with_match_and_with_every_pair_explained() {
    let path = data_dir().join(EXAMPLES);
    let examples = path.to_str().unwrap();
    let (header, rows) = parse_csv(&std::fs::read(&path).unwrap());
    let id_column = header.iter().position(|h| h == "id").unwrap();
    let ids: Vec<&str> = rows.iter().map(|r| r[id_column].as_str()).collect();
    // A group with partners, one alone, one with ties among its best.
    for id in ["FR-LYO", "TH-BKK", "PE-ARE"] {
        let standing = twin(&["explain", examples, id]).run().ok().stdout.clone();
        let listed = twin(&["match", examples, "--group", id, "--format", "csv"]).run();
        let (header, candidates) = listed.ok().csv();
        let other = header.iter().position(|h| h == "id_b").unwrap();
        let score = header.iter().position(|h| h == "score").unwrap();
        assert!(
            standing.contains(&format!(
                "eligible partners: {} of {} other groups",
                candidates.len(),
                ids.len() - 1
            )),
            "{id}: {standing}"
        );
        let best: Vec<&str> = standing
            .lines()
            .filter(|l| l.trim_start().starts_with(|c: char| c.is_ascii_digit()))
            .collect();
        assert_eq!(best.len(), candidates.len().min(5), "{id}: {standing}");
        for (line, row) in best.iter().zip(&candidates) {
            assert!(
                line.contains(&format!(" {} ", row[other])) && line.contains(&row[score]),
                "{id}: {line} vs {row:?}"
            );
        }
        let mut counts = std::collections::BTreeMap::new();
        for other in ids.iter().filter(|&&o| o != id) {
            let pair = twin(&["explain", examples, id, other])
                .run()
                .ok()
                .stdout
                .clone();
            for line in pair.lines().filter_map(|l| l.strip_prefix("  ✗ ")) {
                let rule = line.split(':').next().unwrap().to_string();
                *counts.entry(rule).or_insert(0usize) += 1;
            }
        }
        for (rule, n) in &counts {
            let s = if *n == 1 { "" } else { "s" };
            // The pair view names the rule briefly ("capacity 0"), the counts in full.
            assert!(
                standing.lines().any(|l| l.starts_with(&format!("  {rule}"))
                    && l.ends_with(&format!(": {n} group{s}"))),
                "{id}: {rule} {n}: {standing}"
            );
        }
        let listed_rules = standing
            .lines()
            .filter(|l| l.starts_with("  ") && (l.ends_with(" group") || l.ends_with(" groups")))
            .count();
        assert_eq!(listed_rules, counts.len(), "{id}: {standing}");
        if counts.is_empty() {
            assert!(
                standing.contains("excluded by the rules: none"),
                "{standing}"
            );
        }
    }
}

#[test]
fn an_unknown_single_id_is_a_usage_error_with_a_suggestion() {
    let path = data_dir().join(EXAMPLES);
    twin(&["explain", path.to_str().unwrap(), "FR-LYN"])
        .run()
        .code(2)
        .stdout_empty()
        .stderr_has("FR-LYO");
}
