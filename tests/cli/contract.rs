//! The output contract of `twin match`: CSV header, JSON keys, score format, ISO countries,
//! pair orientation, --top / --min-score / --all / --group, and the eligibility rules.
//!
//! The expected pairs and scores of `good/small.csv` below were computed by hand from the
//! formula in `src/score.rs` (priority themes food-security, gender-equality and
//! education-access count 2×; score = 100 · (0.8 · theme overlap + 0.2 · language overlap)):
//!
//! ```text
//! ES-01 × FR-01  themes 3/3, 3/5 → 0.8    langs 1/2 → 64 + 10     = 74.00
//! ES-01 × FR-02  themes 2/3, 2/3 → 0.667  langs 1/1 → 53.33 + 20  = 73.33
//! ES-01 × PE-01  themes 2/3, 2/3 → 0.667  langs 1/2 → 53.33 + 10  = 63.33
//! ES-01 × MX-01  themes 2/3, 2/5 → 0.533  langs 1/2 → 42.67 + 10  = 52.67
//! MX-01 × PE-01  themes 2/5, 2/3 → 0.533  langs 1/2               = 52.67
//! ES-01 × IT-01  themes 1/3, 1/2 → 0.417  langs 1/2 → 33.33 + 10  = 43.33
//! FR-01 × MX-01  themes 2/5, 2/5 → 0.4    langs 1/2 → 32 + 10     = 42.00
//! ES-01 × PE-02, IT-01 × MX-01, IT-01 × PE-02, MX-01 × PE-02: no shared theme, 1/2 lang = 10.00
//! ```
//!
//! Excluded: BE-01 (capacity 0), DE-01 (speaks only German), FR-01 × FR-02 and
//! PE-01 × PE-02 (same country), PE-01 × IT-01 (PE-01 lists IT-01 in `twins`), and every
//! pair without a common language.

use std::collections::BTreeSet;

use crate::harness::{EXAMPLES, Outcome, PAIR_COLUMNS, parse_json, twin};

const HEADER: &str =
    "rank,score,id_a,name_a,country_a,id_b,name_b,country_b,shared_themes,shared_languages";

/// Every eligible pair of small.csv, best first, as (id_a, id_b, score).
const SMALL_ALL: [(&str, &str, &str); 11] = [
    ("ES-01", "FR-01", "74.00"),
    ("ES-01", "FR-02", "73.33"),
    ("ES-01", "PE-01", "63.33"),
    ("ES-01", "MX-01", "52.67"),
    ("MX-01", "PE-01", "52.67"),
    ("ES-01", "IT-01", "43.33"),
    ("FR-01", "MX-01", "42.00"),
    ("ES-01", "PE-02", "10.00"),
    ("IT-01", "MX-01", "10.00"),
    ("IT-01", "PE-02", "10.00"),
    ("MX-01", "PE-02", "10.00"),
];

/// A parsed CSV row of `match` output.
#[derive(Debug, Clone, PartialEq)]
struct Row {
    rank: usize,
    score: String,
    id_a: String,
    country_a: String,
    id_b: String,
    country_b: String,
    themes: String,
    languages: String,
}

fn rows(out: &Outcome) -> Vec<Row> {
    out.ok();
    let (header, rows) = out.csv();
    assert_eq!(header.join(","), HEADER);
    rows.into_iter()
        .map(|r| {
            assert_eq!(r.len(), 10, "{r:?}");
            Row {
                rank: r[0].parse().expect("an integer rank"),
                score: r[1].clone(),
                id_a: r[2].clone(),
                country_a: r[4].clone(),
                id_b: r[5].clone(),
                country_b: r[7].clone(),
                themes: r[8].clone(),
                languages: r[9].clone(),
            }
        })
        .collect()
}

fn match_csv(files: &[&str], args: &[&str]) -> Vec<Row> {
    rows(
        &twin(&["match"])
            .args(files)
            .args(args)
            .args(&["--format", "csv"])
            .run(),
    )
}

fn score_value(s: &str) -> f64 {
    s.parse().unwrap_or_else(|_| panic!("score {s:?}"))
}

fn triples(rows: &[Row]) -> Vec<(String, String, String)> {
    rows.iter()
        .map(|r| (r.id_a.clone(), r.id_b.clone(), r.score.clone()))
        .collect()
}

fn expected(list: &[(&str, &str, &str)]) -> Vec<(String, String, String)> {
    list.iter()
        .map(|(a, b, s)| (a.to_string(), b.to_string(), s.to_string()))
        .collect()
}

#[track_caller]
fn assert_best_first(rows: &[Row]) {
    for (i, r) in rows.iter().enumerate() {
        assert_eq!(r.rank, i + 1, "{rows:#?}");
    }
    for w in rows.windows(2) {
        assert!(
            score_value(&w[0].score) >= score_value(&w[1].score),
            "not best first: {:?} then {:?}",
            w[0],
            w[1]
        );
    }
}

#[test]
fn the_csv_header_is_exactly_the_documented_one() {
    for args in [
        &["--all"][..],
        &[],
        &["--top", "1"],
        &["--min-score", "100"],
    ] {
        let out = twin(&["match", EXAMPLES, "--format", "csv"])
            .args(args)
            .run();
        out.ok();
        assert_eq!(out.stdout.lines().next(), Some(HEADER), "{args:?}");
    }
    // Even with no pair at all.
    let out = twin(&["match", "good/header_only.csv", "--format", "csv"]).run();
    out.ok();
    assert_eq!(out.stdout, format!("{HEADER}\n"));
}

#[test]
fn json_pairs_have_exactly_the_documented_keys_in_order() {
    for args in [&["--all"][..], &[], &["--group", "FR-PAR"]] {
        let out = twin(&["match", EXAMPLES, "--format", "json"])
            .args(args)
            .run();
        out.ok();
        let doc = parse_json(&out.stdout_bytes);
        assert!(!doc.pairs.is_empty());
        for pair in &doc.pairs {
            assert_eq!(pair.keys(), PAIR_COLUMNS, "{args:?}");
            assert!(pair.get("rank").is_u64());
            assert!(pair.get("score").is_number());
            for key in ["id_a", "name_a", "country_a", "id_b", "name_b", "country_b"] {
                assert!(pair.get(key).is_string(), "{key} in {pair:?}");
            }
            for key in ["shared_themes", "shared_languages"] {
                let list = pair.get(key).as_array().expect("an array");
                assert!(list.iter().all(|v| v.is_string()), "{key} in {pair:?}");
            }
        }
    }
}

#[test]
fn json_and_csv_carry_the_same_pairs() {
    let csv = match_csv(&[EXAMPLES], &["--all"]);
    let out = twin(&["match", EXAMPLES, "--all", "--format", "json"]).run();
    out.ok();
    let doc = parse_json(&out.stdout_bytes);
    assert_eq!(doc.pairs.len(), csv.len());
    for (j, c) in doc.pairs.iter().zip(&csv) {
        assert_eq!(j.get("rank").as_u64(), Some(c.rank as u64));
        assert_eq!(j.get("score").as_f64(), Some(score_value(&c.score)));
        assert_eq!((j.str("id_a"), j.str("id_b")), (&*c.id_a, &*c.id_b));
        let themes: Vec<&str> = j
            .get("shared_themes")
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap())
            .collect();
        assert_eq!(themes.join("; "), c.themes);
    }
}

#[test]
fn scores_have_a_decimal_point_and_at_most_two_decimals() {
    let two_decimals = |s: &str, exact: bool| {
        let Some((int, frac)) = s.split_once('.') else {
            return false;
        };
        !int.is_empty()
            && int.chars().all(|c| c.is_ascii_digit())
            && (1..=2).contains(&frac.len())
            && (!exact || frac.len() == 2)
            && frac.chars().all(|c| c.is_ascii_digit())
            && (0.0..=100.0).contains(&score_value(s))
    };
    // CSV: always two decimals.
    let csv = match_csv(&[EXAMPLES], &["--all"]);
    assert!(csv.len() > 50);
    for r in &csv {
        assert!(two_decimals(&r.score, true), "CSV score {:?}", r.score);
    }
    // JSON: a number written with a decimal point and at most two decimals.
    let out = twin(&["match", EXAMPLES, "--all", "--format", "json"]).run();
    out.ok();
    let mut seen = 0;
    for line in out.stdout.lines() {
        if let Some(value) = line.trim().strip_prefix("\"score\":") {
            let value = value.trim().trim_end_matches(',');
            assert!(two_decimals(value, false), "JSON score {value:?}");
            seen += 1;
        }
    }
    assert_eq!(seen, csv.len());
    // The table: two decimals in the score column.
    let out = twin(&["match", "good/small.csv", "--all"]).run();
    out.ok();
    for line in out.stdout.lines().skip(2) {
        let score = line.split_whitespace().nth(1).unwrap();
        assert!(
            two_decimals(score, true),
            "table score {score:?} in {line:?}"
        );
    }
}

#[test]
fn countries_are_iso_alpha2_codes() {
    let csv = match_csv(&[EXAMPLES], &["--all"]);
    for r in &csv {
        for c in [&r.country_a, &r.country_b] {
            assert!(
                c.len() == 2 && c.chars().all(|ch| ch.is_ascii_uppercase()),
                "{c:?} in {r:?}"
            );
        }
    }
    // small.csv spells countries "France", "FR", "España", "Perú", "PER", "Italia",
    // "México": each must come out as its ISO code.
    fn iso(id: &str) -> &str {
        &id[..2]
    }
    for r in match_csv(&["good/small.csv"], &["--all"]) {
        assert_eq!(r.country_a, iso(&r.id_a), "{r:?}");
        assert_eq!(r.country_b, iso(&r.id_b), "{r:?}");
    }
}

#[test]
fn all_lists_each_eligible_pair_once_with_the_hand_computed_scores() {
    let rows = match_csv(&["good/small.csv"], &["--all"]);
    assert_eq!(triples(&rows), expected(&SMALL_ALL));
    assert_best_first(&rows);
    // Shared themes and languages of the best pair, in taxonomy order.
    assert_eq!(rows[0].themes, "food-security; elderly");
    assert_eq!(rows[0].languages, "fr");
    assert_eq!(rows[7].themes, "", "ES-01 × PE-02 share no theme");
}

#[test]
fn all_and_top_put_the_smaller_id_first_and_list_each_pair_once() {
    for args in [&["--all"][..], &["--top", "40"]] {
        let rows = match_csv(&[EXAMPLES], args);
        assert!(rows.len() >= 40, "{args:?}");
        let mut seen = BTreeSet::new();
        for r in &rows {
            assert!(r.id_a < r.id_b, "{r:?}");
            assert!(
                seen.insert((r.id_a.clone(), r.id_b.clone())),
                "twice: {r:?}"
            );
        }
        assert_best_first(&rows);
    }
}

#[test]
fn top_n_gives_the_n_best_pairs() {
    let all = match_csv(&[EXAMPLES], &["--all"]);
    for n in [1, 5, 17] {
        let top = match_csv(&[EXAMPLES], &["--top", &n.to_string()]);
        assert_eq!(top.len(), n);
        assert_eq!(top, all[..n], "--top {n}");
    }
    let top = match_csv(&["good/small.csv"], &["--top", "3"]);
    assert_eq!(triples(&top), expected(&SMALL_ALL[..3]));
    // More than there are: every pair.
    let top = match_csv(&["good/small.csv"], &["--top", "1000"]);
    assert_eq!(triples(&top), expected(&SMALL_ALL));
}

#[test]
fn min_score_leaves_out_lower_scores_inclusively() {
    let all = match_csv(&[EXAMPLES], &["--all"]);
    let kept = match_csv(&[EXAMPLES], &["--all", "--min-score", "60"]);
    let expected_rows: Vec<_> = all
        .iter()
        .filter(|r| score_value(&r.score) >= 60.0)
        .collect();
    assert!(!kept.is_empty() && kept.len() < all.len());
    assert_eq!(kept.len(), expected_rows.len());
    for (k, e) in kept.iter().zip(expected_rows) {
        assert_eq!((&k.id_a, &k.id_b, &k.score), (&e.id_a, &e.id_b, &e.score));
    }
    assert_best_first(&kept);

    // The bound is inclusive, and a decimal comma is accepted.
    for s in ["52.67", "52,67"] {
        let rows = match_csv(&["good/small.csv"], &["--all", "--min-score", s]);
        assert_eq!(triples(&rows), expected(&SMALL_ALL[..5]), "{s}");
    }
    let rows = match_csv(
        &["good/small.csv"],
        &["--group", "MX-01", "--min-score", "50"],
    );
    assert_eq!(
        triples(&rows),
        expected(&[("MX-01", "ES-01", "52.67"), ("MX-01", "PE-01", "52.67")])
    );
}

#[test]
fn group_lists_that_groups_candidates_as_id_a() {
    let rows = match_csv(&["good/small.csv"], &["--group", "MX-01"]);
    assert_eq!(
        triples(&rows),
        expected(&[
            ("MX-01", "ES-01", "52.67"),
            ("MX-01", "PE-01", "52.67"),
            ("MX-01", "FR-01", "42.00"),
            ("MX-01", "IT-01", "10.00"),
            ("MX-01", "PE-02", "10.00"),
        ])
    );
    assert_best_first(&rows);

    // Two groups: each one's list in the order asked, ranks restart; --per-group caps.
    let rows = match_csv(
        &["good/small.csv"],
        &["--group", "MX-01", "--group", "ES-01", "--per-group", "2"],
    );
    assert_eq!(
        triples(&rows),
        expected(&[
            ("MX-01", "ES-01", "52.67"),
            ("MX-01", "PE-01", "52.67"),
            ("ES-01", "FR-01", "74.00"),
            ("ES-01", "FR-02", "73.33"),
        ])
    );
    assert_eq!(
        rows.iter().map(|r| r.rank).collect::<Vec<_>>(),
        [1, 2, 1, 2]
    );

    // On the examples, id_a is always the group asked for.
    for id in ["FR-PAR", "PE-ARE", "US-NYC"] {
        let rows = match_csv(&[EXAMPLES], &["--group", id]);
        assert!(!rows.is_empty(), "{id}");
        assert!(rows.iter().all(|r| r.id_a == id && r.id_b != id), "{id}");
        assert_best_first(&rows);
    }
}

#[test]
fn the_default_lists_three_candidates_per_group_seeking_a_twin() {
    let out = twin(&["match", "good/small.csv", "--format", "csv"]).run();
    // DE-01 seeks a twin but has no candidate: said on stderr, not silently left out.
    out.ok().stderr_has("DE-01").stderr_lacks("BE-01");
    let rows = rows(&out);
    let ids_a: BTreeSet<&str> = rows.iter().map(|r| r.id_a.as_str()).collect();
    // BE-01 (capacity 0) and DE-01 (no common language) have no list.
    assert_eq!(
        ids_a.into_iter().collect::<Vec<_>>(),
        [
            "ES-01", "FR-01", "FR-02", "IT-01", "MX-01", "PE-01", "PE-02"
        ]
    );
    let es: Vec<_> = rows.iter().filter(|r| r.id_a == "ES-01").cloned().collect();
    assert_eq!(
        triples(&es),
        expected(&[
            ("ES-01", "FR-01", "74.00"),
            ("ES-01", "FR-02", "73.33"),
            ("ES-01", "PE-01", "63.33"),
        ])
    );
    for id in ["ES-01", "IT-01", "MX-01"] {
        assert_eq!(rows.iter().filter(|r| r.id_a == id).count(), 3, "{id}");
    }
}

#[test]
fn pairs_never_break_an_eligibility_rule() {
    // small.csv: the hand-derived list above already excludes every rule; check each rule
    // by name too, for every listing mode.
    let excluded = [
        ("FR-01", "FR-02"), // same country
        ("PE-01", "PE-02"), // same country
        ("IT-01", "PE-01"), // PE-01 lists IT-01 in `twins`
        ("ES-01", "DE-01"), // no common language
        ("ES-01", "BE-01"), // capacity 0 (would otherwise share French)
        ("BE-01", "FR-01"), // capacity 0 and same language
    ];
    for args in [
        &["--all"][..],
        &[],
        &["--per-group", "100"],
        &["--top", "100"],
    ] {
        for r in match_csv(&["good/small.csv"], args) {
            let pair =
                |a: &str, b: &str| (r.id_a == a && r.id_b == b) || (r.id_a == b && r.id_b == a);
            for (a, b) in excluded {
                assert!(!pair(a, b), "{args:?} lists {r:?}");
            }
            assert!(r.id_a != "BE-01" && r.id_b != "BE-01", "{r:?}");
            assert!(r.id_a != "DE-01" && r.id_b != "DE-01", "{r:?}");
        }
    }

    // examples/groups.csv: FR-NAN has capacity 0; FR-MAR and ES-SEV list each other.
    for args in [&["--all"][..], &[], &["--per-group", "100"]] {
        let rows = match_csv(&[EXAMPLES], args);
        assert!(rows.len() > 50);
        for r in &rows {
            assert_ne!(r.country_a, r.country_b, "same country: {r:?}");
            assert!(!r.languages.is_empty(), "no common language: {r:?}");
            assert!(
                r.id_a != "FR-NAN" && r.id_b != "FR-NAN",
                "capacity 0: {r:?}"
            );
            let ids = [r.id_a.as_str(), r.id_b.as_str()];
            assert!(
                !(ids.contains(&"FR-MAR") && ids.contains(&"ES-SEV")),
                "existing twins: {r:?}"
            );
        }
    }
}

#[test]
fn explain_agrees_with_match_on_the_score() {
    let top = match_csv(&[EXAMPLES], &["--top", "4"]);
    for r in top {
        let out = twin(&["explain", EXAMPLES, &r.id_a, &r.id_b]).run();
        out.ok()
            .stdout_has("eligible: yes")
            .stdout_has(&format!("score: {} / 100", r.score));
    }
}
