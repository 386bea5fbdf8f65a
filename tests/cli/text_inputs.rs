//! Text files (CSV, TSV, TOML) at their limits and as coordinators really have them: values and
//! rows over budget, a problem repeated on every row, TOML problems at their key's line, title
//! rows above the header, header names close to a column and `[columns]` in twin.toml. Every
//! hostile file is built here, scaled just past the limit twin declares.

use twin::internals::error::REPEATS_SHOWN;
use twin::internals::input::{MAX_FIELD_BYTES, MAX_ROW_BYTES, MAX_ROWS, MAX_TITLE_ROWS};

use crate::harness::twin;

const HEADER: &str = "id,name,country,languages,themes\n";

/// A temporary folder holding `files` (name, content).
fn folder(files: &[(&str, &[u8])]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, bytes) in files {
        std::fs::write(dir.path().join(name), bytes).unwrap();
    }
    dir
}

#[test]
fn a_value_over_the_budget_is_refused_at_its_line_and_nothing_is_written() {
    let name = "n".repeat(MAX_FIELD_BYTES + 1);
    let text = format!("{HEADER}FR-1,Lyon,FR,fr,health\nES-1,{name},ES,fr,health\n");
    let dir = folder(&[("big.csv", text.as_bytes())]);
    twin(&["match", "big.csv", "-o", "out.csv"])
        .in_dir(dir.path())
        .run()
        .one_error(
            "big.csv:3:",
            &["a value starting on this line is longer than 1,000,000 bytes"],
        );
    assert!(!dir.path().join("out.csv").exists());
    // At the limit it is read.
    let name = "n".repeat(MAX_FIELD_BYTES);
    let text = format!("{HEADER}FR-1,Lyon,FR,fr,health\nES-1,{name},ES,fr,health\n");
    let dir = folder(&[("ok.csv", text.as_bytes())]);
    twin(&["check", "ok.csv"]).in_dir(dir.path()).run().ok();
}

#[test]
fn a_row_over_the_budget_is_refused_whatever_its_values() {
    let row = "x\t".repeat(MAX_ROW_BYTES / 2 + 1);
    let text = format!("{}\n{row}\n", HEADER.trim_end().replace(',', "\t"));
    let dir = folder(&[("wide.tsv", text.as_bytes())]);
    twin(&["match", "wide.tsv"])
        .in_dir(dir.path())
        .run()
        .one_error(
            "wide.tsv:2:",
            &["the row starting on this line is longer than 4,000,000 bytes"],
        );
}

#[test]
fn more_rows_than_the_budget_are_refused_at_the_first_one_too_many() {
    let text = format!("{HEADER}{}", "x\n".repeat(MAX_ROWS + 1));
    let dir = folder(&[("tiny.csv", text.as_bytes())]);
    twin(&["match", "tiny.csv", "-o", "out.csv"])
        .in_dir(dir.path())
        .run()
        .one_error(
            &format!("tiny.csv:{}:", MAX_ROWS + 2),
            &["more than 1,000,000 groups in one file"],
        );
    assert!(!dir.path().join("out.csv").exists());
}

#[test]
fn a_toml_line_over_the_budget_is_refused_before_parsing() {
    let text = format!(
        "[[group]]\nid = \"A\"\nname = \"{}\"\n",
        "x".repeat(MAX_ROW_BYTES)
    );
    let dir = folder(&[("g.toml", text.as_bytes())]);
    twin(&["match", "g.toml"])
        .in_dir(dir.path())
        .run()
        .one_error("g.toml:3:", &["longer than 4,000,000 bytes"]);
}

#[test]
fn a_problem_on_every_row_is_shown_a_few_times_then_counted() {
    let rows = 40 * REPEATS_SHOWN;
    let mut text = String::from(HEADER);
    for i in 0..rows {
        text.push_str(&format!("G{i},n,FR,fr,\n"));
    }
    text.push_str("X,n,Atlantis,fr,health\n");
    let dir = folder(&[("many.csv", text.as_bytes())]);
    let out = twin(&["check", "many.csv"]).in_dir(dir.path()).run();
    out.code(1).stdout_empty();
    let errors = out.stderr_lines("error: ");
    let same: Vec<&&str> = errors
        .iter()
        .filter(|l| l.contains("missing themes"))
        .collect();
    assert_eq!(same.len(), REPEATS_SHOWN, "{}", out.stderr);
    assert!(same[0].starts_with("error: many.csv:2: missing themes"));
    let summary = format!(
        "error: many.csv: … and {} more rows with the same problem (the last on line {})",
        rows - REPEATS_SHOWN,
        rows + 1
    );
    assert_eq!(errors[REPEATS_SHOWN], summary, "{}", out.stderr);
    // A different problem still gets its own line, and the count is the real one.
    out.stderr_has(&format!(
        "many.csv:{}: unknown country \"Atlantis\"",
        rows + 2
    ))
    .stderr_has(&format!("{} problems found", rows + 1));
    assert_eq!(errors.len(), REPEATS_SHOWN + 3, "{}", out.stderr);
}

#[test]
fn toml_value_problems_name_the_line_of_their_key() {
    let text = "[[group]]\nid = \"A\"\nname = \"x\"\n\nlanguages = [\"fr\"]\ncountry = \"Atlantis\"\nthemes = [\"health\"]\ncapacity = \"two\"\n";
    let dir = folder(&[("g.toml", text.as_bytes())]);
    let out = twin(&["check", "g.toml"]).in_dir(dir.path()).run();
    out.code(1)
        .stderr_has("error: g.toml:6: unknown country \"Atlantis\"")
        .stderr_has("error: g.toml:8: invalid capacity \"two\"");
}

#[test]
fn title_rows_above_the_header_are_skipped_with_a_note() {
    let text = "Liste des groupes AIC 2025;;;;;\nidentifiant;nom;pays;langues;thèmes;\nFR-1;Lyon;FR;fr;santé;\nES-1;Madrid;ES;es, fr;santé;\n";
    let dir = folder(&[("aic.csv", text.as_bytes())]);
    twin(&["check", "aic.csv"])
        .in_dir(dir.path())
        .run()
        .ok()
        .stderr_has("note: aic.csv:2: line 2 taken as the header; the 1 row above it read as a title and skipped")
        .stdout_has("2 groups in 2 countries");
    // A title of one cell with no delimiter, and two title rows, on a tab-separated file.
    let text = "Groupes 2025\nmis à jour en mars\nid\tname\tcountry\tlanguages\tthemes\nFR-1\tLyon\tFR\tfr\thealth\n";
    let dir = folder(&[("two.tsv", text.as_bytes())]);
    twin(&["check", "two.tsv"])
        .in_dir(dir.path())
        .run()
        .ok()
        .stderr_has("note: two.tsv:3: line 3 taken as the header; the 2 rows above it");
    // Further down than MAX_TITLE_ROWS, the first row stays the header: the errors name it.
    let mut text = "titre\n".repeat(MAX_TITLE_ROWS + 1);
    text.push_str(HEADER);
    let dir = folder(&[("deep.csv", text.as_bytes())]);
    twin(&["check", "deep.csv"])
        .in_dir(dir.path())
        .run()
        .code(1)
        .stderr_has("deep.csv:1: missing required column \"id\"");
}

#[test]
fn a_header_close_to_a_missing_column_is_named_and_twin_toml_can_map_it() {
    let text =
        "id;nom;pays;langues;Thèmes principaux\nFR-1;Lyon;FR;fr;santé\nES-1;Madrid;ES;fr;santé\n";
    let dir = folder(&[("near.csv", text.as_bytes())]);
    twin(&["match", "near.csv"]).in_dir(dir.path()).run().one_error(
        "near.csv:1:",
        &[
            "missing required column \"themes\"",
            "column \"Thèmes principaux\" looks like themes: map it with [columns] themes = \"Thèmes principaux\" in twin.toml",
        ],
    );
    std::fs::write(
        dir.path().join("twin.toml"),
        "[columns]\nthemes = \"Thèmes principaux\"\n",
    )
    .unwrap();
    twin(&["check", "near.csv"])
        .in_dir(dir.path())
        .run()
        .ok()
        .stderr_lacks("ignoring unknown column");
}

#[test]
fn columns_in_twin_toml_are_checked() {
    let dir = folder(&[
        (
            "twin.toml",
            b"[columns]\nid = \"Code\"\nthemse = \"Sujets\"\n",
        ),
        ("g.csv", HEADER.as_bytes()),
    ]);
    twin(&["check", "g.csv"])
        .in_dir(dir.path())
        .run()
        .one_error(
            "twin.toml:3:",
            &[
                "unknown column `themse` in [columns]",
                "did you mean `themes`?",
            ],
        );
    // A mapped header that the file lacks is named when the column is missing.
    let dir = folder(&[
        ("twin.toml", b"[columns]\nthemes = \"Sujets\"\n"),
        ("g.csv", b"id,name,country,languages\nFR-1,Lyon,FR,fr\n"),
    ]);
    twin(&["check", "g.csv"])
        .in_dir(dir.path())
        .run()
        .code(1)
        .stderr_has("twin.toml maps themes to \"Sujets\" ([columns]), which this header lacks");
}
