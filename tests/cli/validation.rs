//! Validation of hostile or careless group lists (issue 9): `twins` lists compared exactly
//! and de-duplicated in one pass, did-you-mean only when close and in English, `/` read as
//! a list separator, look-alike ids reported, and weights bounded. Every file is written
//! by the test into a temporary folder.

use std::path::Path;

use crate::harness::twin;

const HEADER: &str = "id,name,country,languages,themes,capacity,twins\n";

fn write(dir: &Path, name: &str, text: &str) -> String {
    std::fs::write(dir.join(name), text).unwrap();
    name.to_string()
}

#[test]
fn twins_lists_compare_ids_exactly() {
    let dir = tempfile::tempdir().unwrap();
    let f = write(
        dir.path(),
        "g.csv",
        &format!(
            "{HEADER}FR-1,F,FR,fr,health,2,BE-1;be-1\nBE-1,B,BE,fr,health,1,\nbe-1,b,BE,fr,health,1,\n"
        ),
    );
    // Both are existing twins of FR-1; BE-1 and be-1 share a country: no pair is left.
    let out = twin(&["match", &f, "--all", "--format", "csv"])
        .in_dir(dir.path())
        .run();
    out.ok();
    let (_, rows) = out.csv();
    assert!(rows.is_empty(), "{rows:?}");
    // A twin id in another case is another id: noted, not taken for BE-1.
    let f = write(
        dir.path(),
        "h.csv",
        &format!("{HEADER}FR-1,F,FR,fr,health,1,be-1\nBE-1,B,BE,fr,health,1,\n"),
    );
    let out = twin(&["match", &f, "--all", "--format", "csv"])
        .in_dir(dir.path())
        .run();
    out.ok()
        .stderr_has("h.csv:2: twin \"be-1\" of group \"FR-1\" is not in the input");
    assert_eq!(out.csv().1.len(), 1);
}

#[test]
fn long_twins_lists_are_resolved_with_repeats_dropped() {
    let dir = tempfile::tempdir().unwrap();
    let n = 3000;
    let mut text = String::from(HEADER);
    let mut twins: Vec<String> = (0..n).map(|i| format!("G-{i}")).collect();
    twins.extend((0..n).rev().map(|i| format!(" G-{i} ")));
    text.push_str(&format!("X,X,FR,fr,health,1,{}\n", twins.join(";")));
    for i in 0..n {
        text.push_str(&format!("G-{i},G,BE,fr,health,1,\n"));
    }
    let f = write(dir.path(), "g.csv", &text);
    let out = twin(&["match", &f, "--group", "X", "--format", "csv"])
        .in_dir(dir.path())
        .run();
    // Every BE group is an existing twin of X, so X has no candidate at all.
    out.ok().stderr_lacks("not in the input");
    assert!(out.csv().1.is_empty(), "{}", out.stdout);
}

#[test]
fn unknown_twins_are_noted_a_few_times_then_counted() {
    let dir = tempfile::tempdir().unwrap();
    let twins: Vec<String> = (0..40).map(|i| format!("Z-{i}")).collect();
    let f = write(
        dir.path(),
        "g.csv",
        &format!(
            "{HEADER}FR-1,F,FR,fr,health,1,{}\nBE-1,B,BE,fr,health,1,\n",
            twins.join(";")
        ),
    );
    let out = twin(&["check", &f]).in_dir(dir.path()).run();
    out.ok();
    let notes = out.stderr_lines("note: ");
    assert_eq!(notes.len(), 6, "{notes:#?}");
    assert!(notes[5].contains("… and 35 more twins of group \"FR-1\" not in the input"));
}

#[test]
fn did_you_mean_only_when_close_and_in_english() {
    let dir = tempfile::tempdir().unwrap();
    let f = write(
        dir.path(),
        "g.csv",
        &format!(
            "{HEADER}A-1,A,Atlantis,fr,health,1,\nA-2,A,Frnace,fr,health,1,\nA-3,A,Allemange,fr,health,1,\nA-4,A,FR,Englsh,santé,1,\n"
        ),
    );
    let out = twin(&["match", &f, "-o", "out.csv"])
        .in_dir(dir.path())
        .run();
    out.code(1).stdout_empty();
    let errors = out.stderr_lines("error: ");
    assert!(
        errors[0].ends_with("g.csv:2: unknown country \"Atlantis\" in column \"country\""),
        "{errors:#?}"
    );
    assert!(
        errors[1].ends_with("did you mean \"France\" (FR)?"),
        "{errors:#?}"
    );
    // Typed in French, suggested by its English name.
    assert!(
        errors[2].ends_with("did you mean \"Germany\" (DE)?"),
        "{errors:#?}"
    );
    assert!(
        errors[3].ends_with("did you mean \"English\" (en)?"),
        "{errors:#?}"
    );
    assert!(!dir.path().join("out.csv").exists());
}

#[test]
fn one_misspelling_on_many_rows_is_reported_on_each() {
    let dir = tempfile::tempdir().unwrap();
    let mut text = String::from(HEADER);
    for i in 0..2000 {
        text.push_str(&format!("G-{i},G,Frnace,fr,health,1,\n"));
    }
    let f = write(dir.path(), "g.csv", &text);
    let out = twin(&["check", &f]).in_dir(dir.path()).run();
    out.code(1).stdout_empty();
    let same = out
        .stderr_lines("error: ")
        .iter()
        .filter(|l| {
            l.ends_with(
                "unknown country \"Frnace\" in column \"country\" — did you mean \"France\" (FR)?",
            )
        })
        .count();
    // Each row keeps its own message (a later summary may shorten the list, never drop it).
    assert!(same >= 1, "{}", out.stderr);
    assert!(
        out.stderr.contains("g.csv:2001:") || out.stderr.contains("more"),
        "{}",
        out.stderr
    );
}

#[test]
fn slash_separates_languages_and_themes() {
    let dir = tempfile::tempdir().unwrap();
    let f = write(
        dir.path(),
        "g.csv",
        &format!("{HEADER}A-1,A,FR,Français/Anglais,santé/logement,1,\nB-1,B,ES,en,housing,1,\n"),
    );
    let out = twin(&["match", &f, "--all", "--format", "csv"])
        .in_dir(dir.path())
        .run();
    out.ok();
    let (_, rows) = out.csv();
    assert_eq!(rows.len(), 1);
    assert!(rows[0].contains(&"housing".to_string()), "{rows:?}");
    assert!(rows[0].contains(&"en".to_string()), "{rows:?}");

    let f = write(
        dir.path(),
        "h.csv",
        &format!("{HEADER}A-1,A,FR,Français/Klingon,health,1,\n"),
    );
    twin(&["check", &f]).in_dir(dir.path()).run().code(1).stderr_has(
        "h.csv:2: unknown language \"Klingon\" in column \"languages\" (part of \"Français/Klingon\"; '/' is read as a list separator)",
    );
}

#[test]
fn a_configured_theme_with_a_slash_is_found_whole() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "twin.toml",
        "[[themes]]\nid = \"arts-culture\"\nen = \"arts/culture\"\nfr = \"arts/culture\"\nes = \"artes/cultura\"\n",
    );
    let f = write(
        dir.path(),
        "g.csv",
        &format!("{HEADER}A-1,A,FR,fr,arts/culture,1,\nB-1,B,BE,fr,Artes/Cultura,1,\n"),
    );
    let out = twin(&["match", &f, "--all", "--format", "csv"])
        .in_dir(dir.path())
        .run();
    out.ok();
    assert!(out.stdout.contains("arts-culture"), "{}", out.stdout);
}

#[test]
fn ids_differing_by_an_invisible_character_are_an_error_naming_both_lines() {
    let dir = tempfile::tempdir().unwrap();
    let f = write(
        dir.path(),
        "g.csv",
        &format!(
            "{HEADER}FR-1,F,FR,fr,health,1,\nBE-9,B,BE,fr,health,1,\nFR\u{200b}-1,G,ES,fr,health,1,\n"
        ),
    );
    let out = twin(&["match", &f, "-o", "out.csv"])
        .in_dir(dir.path())
        .run();
    out.one_error(
        "g.csv:4:",
        &[
            "id \"FR\\u{200b}-1\" differs from \"FR-1\" (g.csv:2)",
            "only by invisible characters (U+200B)",
        ],
    );
    assert!(!dir.path().join("out.csv").exists());
}

#[test]
fn look_alike_ids_are_a_warning_naming_both_lines() {
    let dir = tempfile::tempdir().unwrap();
    let f = write(
        dir.path(),
        "g.csv",
        &format!(
            "{HEADER}\u{410}-1,C,FR,fr,health,1,\nA-1,L,BE,fr,health,1,\nB-1,B,ES,fr,health,1,\n"
        ),
    );
    let out = twin(&["match", &f, "--all", "--format", "csv"])
        .in_dir(dir.path())
        .run();
    out.ok();
    let warnings = out.stderr_lines("warning: ");
    assert_eq!(warnings.len(), 1, "{}", out.stderr);
    assert!(
        warnings[0].starts_with(
            "warning: g.csv:3: id \"A-1\" looks like \"\u{410}-1\" (g.csv:2) but is a different id: \"A-1\" has U+0041, \"\u{410}-1\" has U+0410"
        ),
        "{}",
        warnings[0]
    );
    assert_eq!(out.csv().1.len(), 3);
}

#[test]
fn weights_that_would_overflow_the_score_are_refused_at_their_line() {
    let dir = tempfile::tempdir().unwrap();
    let f = write(
        dir.path(),
        "g.csv",
        &format!("{HEADER}A-1,A,FR,fr,food security;health,1,\nB-1,B,BE,fr,food security,1,\n"),
    );
    for (toml, line, key) in [
        ("[weights]\nthemes = 1e308\n", 2, "weights.themes"),
        (
            "[weights]\nthemes = 1\n\npriority = 1e154\n",
            4,
            "weights.priority",
        ),
    ] {
        write(dir.path(), "twin.toml", toml);
        twin(&["match", &f, "-o", "out.csv"])
            .in_dir(dir.path())
            .run()
            .one_error(
                &format!("twin.toml:{line}:"),
                &[key, "must be a number from"],
            );
        assert!(!dir.path().join("out.csv").exists());
    }
}
