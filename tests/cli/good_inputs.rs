//! Good inputs: every accepted spelling of the same groups gives the same ranking.
//!
//! `tests/data/good/small.csv` is the reference; `small.toml`, `small.tsv`, the French,
//! Spanish and Italian header variants, `part_a.csv` + `part_b.toml`, standard input, a
//! byte-order mark and CRLF line endings must all produce byte-identical `match` output.

use crate::harness::{EXAMPLES, data_dir, fixture, parse_csv, twin};

/// The stdout of a successful `twin match FILES… ARGS…`, with no warning or error.
fn matched(files: &[&str], args: &[&str]) -> String {
    let out = twin(&["match"]).args(files).args(args).run();
    out.ok().stdout_not_empty();
    assert!(
        out.stderr_lines("error").is_empty() && out.stderr_lines("warning").is_empty(),
        "{}: {}",
        out.command,
        out.stderr
    );
    out.stdout
}

/// Every way of listing pairs, in every format.
const VARIANTS: [&[&str]; 5] = [
    &["--all", "--format", "csv"],
    &["--all", "--format", "json"],
    &["--all", "--format", "table"],
    &["--format", "csv"],
    &["--top", "4", "--format", "csv"],
];

#[track_caller]
fn same_as_small_csv(files: &[&str]) {
    for args in VARIANTS {
        assert_eq!(
            matched(files, args),
            matched(&["good/small.csv"], args),
            "{files:?} with {args:?}"
        );
    }
}

#[test]
fn the_toml_twin_of_a_csv_file_gives_the_same_output() {
    same_as_small_csv(&["good/small.toml"]);
}

#[test]
fn a_tsv_file_gives_the_same_output_as_csv() {
    same_as_small_csv(&["good/small.tsv"]);
}

#[test]
fn headers_in_french_spanish_italian_and_portuguese_in_any_order_case_and_accents() {
    // small_fr.csv: "Thèmes,NOM,Pays,identifiant,…"; small_es.csv: "IDIOMAS,…,PAIS,…"
    // (no accent); small_it.csv: "Capacità,Citta,Temi,…,ID"; small_pt.csv: "Nome,Código,
    // Temas,Línguas,País,…" — same rows, columns moved.
    for file in [
        "good/small_fr.csv",
        "good/small_es.csv",
        "good/small_it.csv",
        "good/small_pt.csv",
    ] {
        let header = String::from_utf8(fixture(file)).unwrap();
        let header = header.lines().next().unwrap();
        assert!(
            !header.starts_with("id,"),
            "{file} must not use the English order"
        );
        same_as_small_csv(&[file]);
    }
}

#[test]
fn several_files_are_merged() {
    // part_a.csv holds five groups of small.csv, part_b.toml the other four.
    same_as_small_csv(&["good/part_a.csv", "good/part_b.toml"]);
    same_as_small_csv(&["good/part_b.toml", "good/part_a.csv"]);
}

#[test]
fn a_dash_reads_csv_from_standard_input() {
    let expected = matched(&["good/small.csv"], &["--all", "--format", "csv"]);
    let out = twin(&["match", "-", "--all", "--format", "csv"])
        .stdin(fixture("good/small.csv"))
        .run();
    out.ok();
    assert_eq!(out.stdout, expected);

    // Standard input merged with a file.
    let out = twin(&["match", "-", "good/part_b.toml", "--all", "--format", "csv"])
        .stdin(fixture("good/part_a.csv"))
        .run();
    out.ok();
    assert_eq!(out.stdout, expected);
}

#[test]
fn problems_on_standard_input_are_named_stdin() {
    twin(&["match", "-"])
        .stdin(fixture("broken/unknown_country.csv"))
        .run()
        .one_error("<stdin>:3:", &["Perru", "Peru"]);
}

#[test]
fn unknown_columns_give_exactly_one_warning_and_still_succeed() {
    let out = twin(&[
        "match",
        "good/unknown_columns.csv",
        "--all",
        "--format",
        "csv",
    ])
    .run();
    out.ok();
    let warnings = out.stderr_lines("warning: ");
    assert_eq!(warnings.len(), 1, "{}", out.stderr);
    assert!(
        warnings[0].starts_with("warning: good/unknown_columns.csv:1: "),
        "{}",
        warnings[0]
    );
    assert!(warnings[0].contains("\"Notes\"") && warnings[0].contains("\"Contact email\""));
    assert!(out.stderr_lines("error").is_empty(), "{}", out.stderr);
    assert_eq!(
        out.stdout,
        matched(&["good/small.csv"], &["--all", "--format", "csv"])
    );
}

#[test]
fn a_byte_order_mark_and_crlf_line_endings_are_accepted() {
    let dir = tempfile::tempdir().unwrap();
    let text = String::from_utf8(fixture("good/small.csv")).unwrap();
    std::fs::write(
        dir.path().join("bom.csv"),
        [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat(),
    )
    .unwrap();
    std::fs::write(dir.path().join("crlf.csv"), text.replace('\n', "\r\n")).unwrap();
    let expected = matched(&["good/small.csv"], &["--all", "--format", "csv"]);
    for file in ["bom.csv", "crlf.csv"] {
        let out = twin(&["match", file, "--all", "--format", "csv"])
            .in_dir(dir.path())
            .run();
        out.ok();
        assert_eq!(out.stdout, expected, "{file}");
    }
}

#[test]
fn a_header_only_csv_loads_zero_groups() {
    // Decided from the code: a header row and no data is a valid, empty network.
    twin(&["match", "good/header_only.csv"])
        .run()
        .ok()
        .stdout_has("No eligible pair.");
    let out = twin(&["match", "good/header_only.csv", "--all", "--format", "csv"]).run();
    out.ok();
    let (header, rows) = out.csv();
    assert_eq!(header.len(), 10);
    assert!(rows.is_empty());
    // `check` accepts it: no summary for an empty network, only the verdict.
    let out = twin(&["check", "good/header_only.csv"]).run();
    out.ok();
    assert_eq!(out.stdout, "ok: no problems found\n");
}

/// A TOML basic string (JSON string escapes are valid TOML escapes).
fn toml_str(s: &str) -> String {
    serde_json::to_string(s).unwrap()
}

fn toml_list(s: &str) -> String {
    let items: Vec<String> = s
        .split(';')
        .map(str::trim)
        .filter(|i| !i.is_empty())
        .map(toml_str)
        .collect();
    format!("[{}]", items.join(", "))
}

/// Converts a CSV with English headers into the equivalent `[[group]]` TOML, alternating
/// the two accepted spellings of lists (array / one string).
fn csv_to_toml(bytes: &[u8]) -> String {
    let (header, rows) = parse_csv(bytes);
    let mut out = String::from("# Generated from a CSV file by the tests.\n");
    for (n, row) in rows.iter().enumerate() {
        out.push_str("\n[[group]]\n");
        for (key, value) in header.iter().zip(row) {
            let value = value.trim();
            if value.is_empty() {
                continue;
            }
            let rendered = match key.as_str() {
                "capacity" => value.to_string(),
                "languages" | "themes" | "twins" if n % 2 == 0 => toml_list(value),
                _ => toml_str(value),
            };
            out.push_str(&format!("{key} = {rendered}\n"));
        }
    }
    out
}

#[test]
fn the_examples_converted_to_toml_give_the_same_output_as_the_csv() {
    let csv_bytes = std::fs::read(data_dir().join(EXAMPLES)).unwrap();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("groups.toml"), csv_to_toml(&csv_bytes)).unwrap();
    let examples = data_dir().join(EXAMPLES);
    let examples = examples.to_str().unwrap();
    for args in [&["--format", "csv"][..], &["--all", "--format", "csv"]] {
        let from_csv = twin(&["match", examples])
            .args(args)
            .in_dir(dir.path())
            .run();
        from_csv.ok();
        let from_toml = twin(&["match", "groups.toml"])
            .args(args)
            .in_dir(dir.path())
            .run();
        from_toml.ok();
        let (_, rows) = from_csv.csv();
        assert!(rows.len() > 20, "the examples give many pairs");
        assert_eq!(from_toml.stdout, from_csv.stdout, "{args:?}");
    }
}

#[test]
fn very_long_fields_load_and_come_out_whole() {
    // A 200,000-character name (a pasted document, say) is text like any other.
    let dir = tempfile::tempdir().unwrap();
    let long = "Équipe ".repeat(200_000 / 7);
    let text = format!(
        "id,name,country,languages,themes\nFR-01,\"{long}\",FR,fr,health\nES-01,Madrid,ES,fr,health\n"
    );
    std::fs::write(dir.path().join("long.csv"), text).unwrap();
    let out = twin(&["match", "long.csv", "--all", "--format", "csv"])
        .in_dir(dir.path())
        .run();
    out.ok();
    let (header, rows) = out.csv();
    assert_eq!(header[3], "name_a");
    assert_eq!(rows.len(), 1, "one pair");
    assert_eq!(rows[0][6], long.trim_end(), "the name comes out whole");
}

#[test]
fn a_ten_megabyte_file_loads() {
    // ~10 MB of profiles, generated here rather than committed: 90,000 groups.
    let dir = tempfile::tempdir().unwrap();
    let mut text = String::from("id,name,country,city,languages,themes,capacity\n");
    let countries = ["FR", "ES", "PE", "IT", "BE", "MX"];
    let themes = [
        "food security",
        "health",
        "elderly",
        "education access",
        "housing",
    ];
    let mut i = 0usize;
    while text.len() < 10_000_000 {
        text.push_str(&format!(
            "G{i:06},Groupe solidaire numéro {i},{},Ville {i},fr; es,{}; {},{}\n",
            countries[i % 6],
            themes[i % 5],
            themes[(i / 5) % 5],
            i % 3
        ));
        i += 1;
    }
    std::fs::write(dir.path().join("big.csv"), &text).unwrap();
    // One group's candidates: loading dominates (a debug build scores 90,000 pairs here).
    let out = twin(&["match", "big.csv", "--group", "G000001", "--format", "csv"])
        .in_dir(dir.path())
        .run();
    out.ok();
    let (_, rows) = out.csv();
    // G000001 is in ES; every group elsewhere with capacity ≥ 1 speaks fr or es.
    let expected = (0..i).filter(|j| j % 6 != 1 && j % 3 != 0).count();
    assert_eq!(rows.len(), expected);
}
