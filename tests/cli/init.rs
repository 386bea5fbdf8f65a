//! `twin init`: writes a default twin.toml that twin accepts (and that changes nothing),
//! `--template` adds a groups.csv that `check` accepts, and nothing is overwritten without
//! --force.

use crate::harness::{EXAMPLES, data_dir, twin};

fn examples() -> String {
    data_dir().join(EXAMPLES).to_str().unwrap().to_string()
}

#[test]
fn init_writes_a_config_that_check_accepts_and_that_keeps_the_defaults() {
    let dir = tempfile::tempdir().unwrap();
    twin(&["init"])
        .in_dir(dir.path())
        .run()
        .ok()
        .stdout_empty()
        .stderr_has("twin.toml");
    let text = std::fs::read_to_string(dir.path().join("twin.toml")).unwrap();
    assert!(
        text.contains("[weights]") && text.contains("[rules]"),
        "{text}"
    );
    assert!(!dir.path().join("groups.csv").exists());

    twin(&["--config", "twin.toml", "check", &examples()])
        .in_dir(dir.path())
        .run()
        .ok()
        .stdout_has("groups in");

    // The written config is the defaults: same ranking as with no config at all.
    let with = twin(&[
        "--config",
        "twin.toml",
        "match",
        &examples(),
        "--all",
        "--format",
        "csv",
    ])
    .in_dir(dir.path())
    .run();
    with.ok();
    let without = twin(&["match", EXAMPLES, "--all", "--format", "csv"]).run();
    without.ok();
    assert_eq!(with.stdout, without.stdout);
}

#[test]
fn init_template_writes_a_groups_csv_that_check_accepts() {
    let dir = tempfile::tempdir().unwrap();
    twin(&["init", "--template"])
        .in_dir(dir.path())
        .run()
        .ok()
        .stderr_has("groups.csv");
    assert!(dir.path().join("twin.toml").exists());
    let csv = std::fs::read_to_string(dir.path().join("groups.csv")).unwrap();
    assert!(
        csv.lines().count() >= 2,
        "a header and an example row: {csv}"
    );
    // ./twin.toml is picked up implicitly here.
    twin(&["check", "groups.csv"])
        .in_dir(dir.path())
        .run()
        .ok()
        .stdout_has("ok: no problems found")
        .stdout_has("1 group in 1 country");
    // The template merges with real data.
    twin(&["check", "groups.csv", &examples()])
        .in_dir(dir.path())
        .run()
        .ok();
}

#[test]
fn init_refuses_to_overwrite_without_force() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("twin.toml"), "# mine\n").unwrap();
    twin(&["init"])
        .in_dir(dir.path())
        .run()
        .code(1)
        .stderr_has("twin.toml")
        .stderr_has("--force");
    assert_eq!(
        std::fs::read_to_string(dir.path().join("twin.toml")).unwrap(),
        "# mine\n"
    );

    twin(&["init", "--force"]).in_dir(dir.path()).run().ok();
    let text = std::fs::read_to_string(dir.path().join("twin.toml")).unwrap();
    assert!(text.contains("[weights]"));
}

#[test]
fn init_template_refuses_before_writing_anything() {
    // groups.csv exists, twin.toml does not: the refusal must not leave a new twin.toml.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("groups.csv"), "mine\n").unwrap();
    twin(&["init", "--template"])
        .in_dir(dir.path())
        .run()
        .code(1)
        .stderr_has("groups.csv")
        .stderr_has("--force");
    assert!(!dir.path().join("twin.toml").exists());
    assert_eq!(
        std::fs::read_to_string(dir.path().join("groups.csv")).unwrap(),
        "mine\n"
    );
    twin(&["init", "--template", "--force"])
        .in_dir(dir.path())
        .run()
        .ok();
    assert!(dir.path().join("twin.toml").exists());
    assert_ne!(
        std::fs::read_to_string(dir.path().join("groups.csv")).unwrap(),
        "mine\n"
    );
}

#[test]
fn a_twin_toml_found_in_the_folder_is_noted_when_it_changes_results() {
    let dir = tempfile::tempdir().unwrap();
    let toml = dir.path().join("twin.toml");
    // The file `twin init` writes changes nothing: no note.
    twin(&["init"]).in_dir(dir.path()).run().ok();
    twin(&["check", &examples()])
        .in_dir(dir.path())
        .run()
        .ok()
        .stderr_lacks("note: using");
    // A changed weight and rule are named, with both values.
    std::fs::write(
        &toml,
        "[weights]\nthemes = 0.5\n[rules]\ncommon_language = false\n[match]\nper_group = 5\n",
    )
    .unwrap();
    let out = twin(&["match", &examples(), "--top", "1"])
        .in_dir(dir.path())
        .run();
    out.ok().stderr_has(
        "note: using twin.toml from this folder, which changes weights.themes 0.8 → 0.5, \
         rules.common_language true → false, match.per_group 3 → 5",
    );
    assert_eq!(out.stderr_lines("note: using").len(), 1, "{}", out.stderr);
    // Named with --config, the user knows: no note.
    twin(&["--config", "twin.toml", "check", &examples()])
        .in_dir(dir.path())
        .run()
        .ok()
        .stderr_lacks("note: using");
}
