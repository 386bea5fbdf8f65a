//! Broken inputs: each gives exactly one clear message `error: FILE:LINE: …` naming the
//! field and value (with "did you mean" when there is a close name), exit code 1 and
//! nothing on stdout. Fixtures are in `tests/data/broken/`; byte-level cases (Latin-1,
//! CRLF) are written into a temporary folder by the test itself.

use crate::harness::{fixture, twin};

fn rejected(file: &str) -> crate::harness::Outcome {
    twin(&["match", file]).run()
}

#[test]
fn unknown_country_with_a_suggestion() {
    rejected("broken/unknown_country.csv").one_error(
        "broken/unknown_country.csv:3:",
        &[
            "unknown country \"Perru\"",
            "in column \"country\"",
            "did you mean \"Peru\" (PE)?",
        ],
    );
}

#[test]
fn unknown_language() {
    rejected("broken/unknown_language.csv").one_error(
        "broken/unknown_language.csv:3:",
        &["unknown language \"klingonese\"", "in column \"languages\""],
    );
}

#[test]
fn unknown_theme_with_a_suggestion() {
    let out = rejected("broken/unknown_theme.csv");
    out.one_error("broken/unknown_theme.csv:2:", &[]);
    assert_eq!(
        out.stderr.trim_end(),
        "error: broken/unknown_theme.csv:2: unknown theme \"food securty\" in column \"themes\" \
         — did you mean \"food security\" (food-security)?"
    );
}

#[test]
fn missing_required_column() {
    rejected("broken/missing_column.csv").one_error(
        "broken/missing_column.csv:1:",
        &["missing required column \"themes\"", "thèmes", "temas"],
    );
}

#[test]
fn duplicated_column() {
    rejected("broken/duplicate_column.csv").one_error(
        "broken/duplicate_column.csv:1:",
        &["\"name\"", "\"Nom\"", "keep one"],
    );
}

#[test]
fn duplicate_id_across_two_files_names_both() {
    twin(&["match", "broken/dup_id_a.csv", "broken/dup_id_b.toml"])
        .run()
        .one_error(
            "broken/dup_id_b.toml:10:",
            &["duplicate id \"ES-01\"", "broken/dup_id_a.csv:3"],
        );
    // The other way round, the CSV row is the second use.
    twin(&["match", "broken/dup_id_b.toml", "broken/dup_id_a.csv"])
        .run()
        .one_error(
            "broken/dup_id_a.csv:3:",
            &["duplicate id \"ES-01\"", "broken/dup_id_b.toml:10"],
        );
}

#[test]
fn non_integer_capacity() {
    rejected("broken/capacity_not_integer.csv").one_error(
        "broken/capacity_not_integer.csv:3:",
        &[
            "invalid capacity \"two\"",
            "in column \"capacity\"",
            "whole number",
        ],
    );
}

#[test]
fn negative_capacity() {
    rejected("broken/capacity_negative.csv").one_error(
        "broken/capacity_negative.csv:2:",
        &["invalid capacity \"-1\"", "in column \"capacity\""],
    );
}

#[test]
fn empty_file() {
    // An empty file has no line to point at: the message names the file only.
    rejected("broken/empty.csv").one_error("broken/empty.csv:", &["empty", "header"]);
}

#[test]
fn extra_values_in_a_row() {
    rejected("broken/extra_values.csv").one_error(
        "broken/extra_values.csv:3:",
        &["9 values", "8 columns", "quotes"],
    );
}

#[test]
fn an_unquoted_comma_before_an_empty_last_column_is_reported_as_extra_values() {
    // `ES-01,Madrid, Ayuda,…,1,` with an empty `twins` column: 9 cells for 8 columns, the
    // 9th empty, so the reader accepts the row shifted by one column and reports
    // `unknown country "Ayuda"`, `unknown language "Madrid"`, … instead of the quote hint.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("comma.csv"),
        "id,name,country,city,languages,themes,capacity,twins\n\
         ES-01,Madrid, Ayuda,Spain,Madrid,es; fr,health,1,\n",
    )
    .unwrap();
    twin(&["match", "comma.csv"])
        .in_dir(dir.path())
        .run()
        .one_error("comma.csv:2:", &["9 values", "quotes"]);
}

#[test]
fn missing_required_value() {
    rejected("broken/missing_value.csv").one_error(
        "broken/missing_value.csv:2:",
        &["missing country", "column \"country\" is empty"],
    );
}

#[test]
fn non_utf8_bytes_name_the_line() {
    // Latin-1 "é" on line 3 of a file read as UTF-8 (forced: without --encoding, twin may
    // guess a legacy encoding instead).
    let dir = tempfile::tempdir().unwrap();
    let mut bytes = b"id,name,country,languages,themes\nFR-01,Lyon,FR,fr,health\n".to_vec();
    bytes.extend_from_slice(b"FR-02,Solidarit\xe9 Paris,FR,fr,health\n");
    std::fs::write(dir.path().join("latin1.csv"), bytes).unwrap();
    twin(&["match", "latin1.csv", "--encoding", "utf-8"])
        .in_dir(dir.path())
        .run()
        .one_error("latin1.csv:3:", &["UTF-8"]);
}

#[test]
fn crlf_files_report_the_right_line() {
    // csv's Position::line lags by one with CRLF terminators (BurntSushi/rust-csv#395):
    // the bad row is on line 3 but twin says line 2; on line 2 it says line 1 (the header).
    let dir = tempfile::tempdir().unwrap();
    let text = String::from_utf8(fixture("broken/unknown_country.csv")).unwrap();
    std::fs::write(dir.path().join("crlf.csv"), text.replace('\n', "\r\n")).unwrap();
    twin(&["match", "crlf.csv"])
        .in_dir(dir.path())
        .run()
        .one_error("crlf.csv:3:", &["Perru"]);
}

#[test]
fn toml_type_error_is_located() {
    // capacity = 1.5 on line 7.
    rejected("broken/toml_type_error.toml").one_error("broken/toml_type_error.toml:7:", &[]);
}

#[test]
fn toml_type_error_names_the_key_and_value() {
    rejected("broken/toml_type_error.toml")
        .one_error("broken/toml_type_error.toml:7:", &["capacity", "1.5"]);
}

#[test]
fn toml_unknown_key_names_it_and_the_known_ones() {
    rejected("broken/toml_unknown_key.toml")
        .one_error("broken/toml_unknown_key.toml:6:", &["`themse`", "`themes`"]);
}

#[test]
fn toml_duplicate_key_is_located() {
    rejected("broken/toml_duplicate_key.toml")
        .one_error("broken/toml_duplicate_key.toml:5:", &["duplicate key"]);
}

#[test]
fn toml_duplicate_key_names_the_key() {
    rejected("broken/toml_duplicate_key.toml").one_error(
        "broken/toml_duplicate_key.toml:5:",
        &["duplicate key", "name"],
    );
}

#[test]
fn toml_without_groups_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("none.toml"), "# nothing yet\n").unwrap();
    std::fs::write(
        dir.path().join("typo.toml"),
        "[[groups]]\nid = \"A\"\nname = \"a\"\n",
    )
    .unwrap();
    twin(&["match", "none.toml"])
        .in_dir(dir.path())
        .run()
        .one_error("none.toml:", &["no groups", "[[group]]"]);
    twin(&["match", "typo.toml"])
        .in_dir(dir.path())
        .run()
        .one_error("typo.toml:1:", &["`groups`", "`group`"]);
}

#[test]
fn unsupported_extension() {
    rejected("broken/groups.json").one_error(
        "broken/groups.json:",
        &["unsupported file type", ".csv", ".tsv", ".toml"],
    );
}

#[test]
fn nonexistent_file_names_the_path() {
    rejected("broken/no-such-file.csv").one_error("broken/no-such-file.csv:", &[]);
    twin(&["check", "good/small.csv", "no/such/dir.toml"])
        .run()
        .one_error("no/such/dir.toml:", &[]);
}

#[test]
fn problems_in_several_files_are_all_reported() {
    let out = twin(&[
        "match",
        "broken/unknown_country.csv",
        "good/part_b.toml",
        "broken/unknown_theme.csv",
    ])
    .run();
    out.code(1).stdout_empty();
    let errors = out.stderr_lines("error: ");
    assert_eq!(errors.len(), 3, "{}", out.stderr);
    assert!(errors[0].starts_with("error: broken/unknown_country.csv:3: "));
    assert!(errors[1].starts_with("error: broken/unknown_theme.csv:2: "));
    assert_eq!(errors[2], "error: 2 problems found");
}

#[test]
fn check_reports_every_problem_of_a_file() {
    // several_problems.csv: line 3 unknown country, 4 bad capacity, 5 unknown theme,
    // 6 missing name, 7 duplicate id; lines 2 and 8 are valid.
    let out = twin(&["check", "broken/several_problems.csv"]).run();
    out.code(1);
    let errors = out.stderr_lines("error: ");
    let located: Vec<&str> = errors
        .iter()
        .filter(|l| l.starts_with("error: broken/several_problems.csv:"))
        .copied()
        .collect();
    assert_eq!(located.len(), 5, "{}", out.stderr);
    let expected = [
        (3, "unknown country \"Perru\""),
        (4, "invalid capacity \"two\""),
        (5, "unknown theme \"food securty\""),
        (6, "missing name"),
        (7, "duplicate id \"FR-01\""),
    ];
    for (line, (n, words)) in located.iter().zip(expected) {
        let prefix = format!("error: broken/several_problems.csv:{n}: ");
        assert!(line.starts_with(&prefix) && line.contains(words), "{line}");
    }
    assert!(
        errors
            .last()
            .unwrap()
            .starts_with("error: 5 problems found"),
        "{}",
        out.stderr
    );
    // The summary covers the two valid groups.
    out.stdout_has("2 groups in 2 countries");
    // `match` refuses the same file with the same five problems.
    let out = twin(&["match", "broken/several_problems.csv"]).run();
    out.code(1).stdout_empty();
    assert_eq!(
        out.stderr_lines("error: broken/").len(),
        5,
        "{}",
        out.stderr
    );
}

#[test]
fn a_bad_config_names_the_key_and_line() {
    twin(&[
        "--config",
        "broken/bad_config.toml",
        "check",
        "good/small.csv",
    ])
    .run()
    .one_error("broken/bad_config.toml:4:", &["`theme`", "`themes`"]);
    twin(&[
        "match",
        "good/small.csv",
        "--config",
        "broken/bad_config.toml",
    ])
    .run()
    .one_error("broken/bad_config.toml:4:", &["`theme`"]);
}

#[test]
fn a_config_priority_theme_typo_suggests_the_theme() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("twin.toml"),
        "# typo on line 2\npriority_themes = [\"health\", \"food securty\"]\n",
    )
    .unwrap();
    let small = crate::harness::data_dir().join("good/small.csv");
    // Picked up from the working folder without --config.
    twin(&["check", small.to_str().unwrap()])
        .in_dir(dir.path())
        .run()
        .one_error(
            "twin.toml:2:",
            &[
                "unknown theme \"food securty\"",
                "did you mean \"food security\"",
            ],
        );
}

#[test]
fn a_missing_config_file_names_the_path() {
    twin(&["--config", "nope/twin.toml", "check", "good/small.csv"])
        .run()
        .one_error("nope/twin.toml:", &[]);
}

#[test]
fn unknown_group_ids_are_usage_errors_with_a_suggestion() {
    let out = twin(&["explain", "good/small.csv", "FR-01", "ES-1"]).run();
    out.code(2).stdout_empty();
    out.stderr_has("\"ES-1\"")
        .stderr_has("did you mean \"ES-01\"");

    let out = twin(&["explain", "good/small.csv", "fr-01", "ES-01"]).run();
    out.code(2).stdout_empty();
    out.stderr_has("\"fr-01\"")
        .stderr_has("did you mean \"FR-01\"");

    let out = twin(&["match", "good/small.csv", "--group", "MX-10"]).run();
    out.code(2).stdout_empty();
    out.stderr_has("\"MX-10\"")
        .stderr_has("did you mean \"MX-01\"");

    // Nothing close: no suggestion.
    let out = twin(&["match", "good/small.csv", "--group", "ZZZZZZ"]).run();
    out.code(2).stdout_empty();
    out.stderr_has("\"ZZZZZZ\"").stderr_lacks("did you mean");
}

#[test]
fn explain_needs_two_different_groups() {
    twin(&["explain", "good/small.csv", "ES-01", "ES-01"])
        .run()
        .code(2)
        .stdout_empty()
        .stderr_has("ES-01");
}
