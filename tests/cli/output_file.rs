//! `-o FILE`: the file gets what stdout would have, stdout stays empty, an existing file is
//! replaced only with --force, a failed run leaves nothing behind, and the format follows
//! the extension unless --format says otherwise.

use std::path::Path;

use crate::harness::{data_dir, parse_json, twin};

fn small() -> String {
    data_dir()
        .join("good/small.csv")
        .to_str()
        .unwrap()
        .to_string()
}

/// stdout of `match small.csv --all ARGS` (the reference content).
fn reference(args: &[&str]) -> Vec<u8> {
    let out = twin(&["match", "good/small.csv", "--all"]).args(args).run();
    out.ok().stdout_not_empty();
    out.stdout_bytes
}

/// The file names in `dir`, sorted.
fn listing(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn writes_the_file_and_nothing_on_stdout() {
    let dir = tempfile::tempdir().unwrap();
    twin(&[
        "match",
        &small(),
        "--all",
        "--format",
        "csv",
        "-o",
        "pairs.csv",
    ])
    .in_dir(dir.path())
    .run()
    .ok()
    .stdout_empty();
    let written = std::fs::read(dir.path().join("pairs.csv")).unwrap();
    assert_eq!(written, reference(&["--format", "csv"]));
    assert_eq!(listing(dir.path()), ["pairs.csv"], "no temporary file left");
}

#[test]
fn an_existing_file_is_kept_without_force_and_replaced_with_it() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("pairs.csv");
    std::fs::write(&target, "precious\n").unwrap();

    let out = twin(&["match", &small(), "--all", "-o", "pairs.csv"])
        .in_dir(dir.path())
        .run();
    out.code(1)
        .stdout_empty()
        .stderr_has("pairs.csv")
        .stderr_has("--force");
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "precious\n");

    // Also when the input is broken: still refused, still unchanged.
    let broken = data_dir().join("broken/unknown_country.csv");
    twin(&["match", broken.to_str().unwrap(), "-o", "pairs.csv"])
        .in_dir(dir.path())
        .run()
        .code(1);
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "precious\n");

    twin(&["match", &small(), "--all", "-o", "pairs.csv", "--force"])
        .in_dir(dir.path())
        .run()
        .ok()
        .stdout_empty();
    assert_eq!(
        std::fs::read(&target).unwrap(),
        reference(&["--format", "csv"])
    );
    assert_eq!(listing(dir.path()), ["pairs.csv"]);
}

#[test]
fn a_failing_run_leaves_no_file() {
    let dir = tempfile::tempdir().unwrap();
    for (i, file) in [
        "broken/unknown_country.csv",
        "broken/several_problems.csv",
        "broken/toml_type_error.toml",
        "broken/empty.csv",
    ]
    .into_iter()
    .enumerate()
    {
        let input = data_dir().join(file);
        let out_name = format!("out{i}.json");
        twin(&["match", input.to_str().unwrap(), "-o", &out_name])
            .in_dir(dir.path())
            .run()
            .code(1)
            .stdout_empty();
        assert!(
            listing(dir.path()).is_empty(),
            "{file}: {:?}",
            listing(dir.path())
        );
    }
    // An unknown --group is a usage error: no file either.
    twin(&["match", &small(), "--group", "XX-99", "-o", "out.csv"])
        .in_dir(dir.path())
        .run()
        .code(2);
    assert!(listing(dir.path()).is_empty(), "{:?}", listing(dir.path()));
}

#[test]
fn the_format_follows_the_extension() {
    let dir = tempfile::tempdir().unwrap();
    for (name, format) in [
        ("p.json", "json"),
        ("p.csv", "csv"),
        ("P.JSON", "json"),
        ("p.txt", "table"),
        ("p.out", "table"),
    ] {
        twin(&["match", &small(), "--all", "-o", name])
            .in_dir(dir.path())
            .run()
            .ok()
            .stdout_empty();
        let written = std::fs::read(dir.path().join(name)).unwrap();
        assert_eq!(written, reference(&["--format", format]), "{name}");
    }
    let json = std::fs::read(dir.path().join("p.json")).unwrap();
    assert_eq!(parse_json(&json).pairs.len(), 11);

    // --format wins over the extension.
    twin(&[
        "match",
        &small(),
        "--all",
        "--format",
        "csv",
        "-o",
        "q.json",
    ])
    .in_dir(dir.path())
    .run()
    .ok();
    assert_eq!(
        std::fs::read(dir.path().join("q.json")).unwrap(),
        reference(&["--format", "csv"])
    );
}

#[test]
fn dash_means_standard_output() {
    let out = twin(&[
        "match",
        "good/small.csv",
        "--all",
        "--format",
        "csv",
        "-o",
        "-",
    ])
    .run();
    out.ok();
    assert_eq!(out.stdout_bytes, reference(&["--format", "csv"]));
}

#[test]
fn an_unwritable_destination_is_an_error_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let out = twin(&["match", &small(), "-o", "missing/dir/p.csv"])
        .in_dir(dir.path())
        .run();
    out.code(1).stdout_empty().stderr_has("missing/dir/p.csv");
    assert!(listing(dir.path()).is_empty());
}
