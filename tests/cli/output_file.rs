//! `-o FILE`: the file gets what stdout would have, stdout stays empty, an existing file is
//! replaced only with --force, a failed run leaves nothing behind, and the format follows
//! the extension unless --format says otherwise. Files are never damaged: a new file gets
//! the umask's mode and a replaced one keeps its mode, an output that is one of the inputs
//! is refused even with --force, an extension twin cannot write is a usage error, a folder
//! is named as one, and xlsx text over Excel's cell limit is refused, not cut.

use std::os::unix::fs::PermissionsExt;

use twin::testkit::listing;

use crate::harness::{data_dir, mode, parse_json, sh, twin};

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

#[test]
fn new_files_get_the_umask_mode_and_a_replaced_file_keeps_its_mode() {
    let dir = tempfile::tempdir().unwrap();
    let small = small();
    for (umask, expected) in [("022", 0o644), ("027", 0o640), ("002", 0o664)] {
        let script = format!("umask {umask} && \"$TWIN\" match '{small}' --all -o p{umask}.csv");
        let (code, stderr) = sh(dir.path(), &script);
        assert_eq!(code, Some(0), "{stderr}");
        let got = mode(&dir.path().join(format!("p{umask}.csv")));
        assert_eq!(got, expected, "umask {umask}: {got:o}");
    }
    // --force keeps the mode of the file it replaces, whatever the umask.
    let target = dir.path().join("p022.csv");
    std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o604)).unwrap();
    let script =
        format!("umask 077 && \"$TWIN\" match '{small}' --all --format json -o p022.csv --force");
    let (code, stderr) = sh(dir.path(), &script);
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(mode(&target), 0o604);
    assert!(std::fs::read_to_string(&target).unwrap().starts_with('{'));
    assert_eq!(listing(dir.path()), ["p002.csv", "p022.csv", "p027.csv"]);

    // init's files too.
    let (code, stderr) = sh(dir.path(), "umask 022 && \"$TWIN\" init --template");
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(mode(&dir.path().join("twin.toml")), 0o644);
    assert_eq!(mode(&dir.path().join("groups.csv")), 0o644);
}

#[test]
fn an_output_that_is_an_input_is_refused_even_with_force() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path();
    let original = std::fs::read(data_dir().join("good/small.csv")).unwrap();
    std::fs::write(p.join("g.csv"), &original).unwrap();
    std::os::unix::fs::symlink("g.csv", p.join("soft.csv")).unwrap();
    std::fs::hard_link(p.join("g.csv"), p.join("hard.csv")).unwrap();
    std::fs::write(p.join("h.csv"), "id_a,id_b\nFR-01,ES-01\n").unwrap();
    std::fs::write(p.join("c.toml"), "").unwrap();
    std::fs::write(p.join("twin.toml"), "").unwrap();
    let before = listing(p);
    let cases: [(&[&str], &str); 7] = [
        (
            &["assign", "g.csv", "-o", "g.csv", "--force"],
            "-o g.csv is the input file g.csv:",
        ),
        (
            &["match", "g.csv", "-o", "soft.csv", "--force"],
            "-o soft.csv is the input file g.csv (the same file through a link)",
        ),
        (
            &["assign", "hard.csv", "-o", "g.csv", "--force"],
            "is the input file hard.csv",
        ),
        (
            &[
                "assign",
                "g.csv",
                "--history",
                "h.csv",
                "-o",
                "h.csv",
                "--force",
            ],
            "-o h.csv is the history file h.csv",
        ),
        (
            &[
                "--config", "c.toml", "match", "g.csv", "--format", "csv", "-o", "c.toml",
                "--force",
            ],
            "is the config file c.toml",
        ),
        // ./twin.toml, read without being named, is an input too.
        (
            &[
                "match",
                "g.csv",
                "--format",
                "csv",
                "-o",
                "twin.toml",
                "--force",
            ],
            "is the config file twin.toml",
        ),
        (
            &["match", "g.csv", "-o", "g.csv"],
            "-o g.csv is the input file g.csv",
        ),
    ];
    for (args, message) in cases {
        twin(args)
            .in_dir(p)
            .run()
            .code(2)
            .stdout_empty()
            .stderr_has(message)
            .stderr_has("never writes over a file it reads")
            .stderr_lacks("add --force");
        assert_eq!(
            std::fs::read(p.join("g.csv")).unwrap(),
            original,
            "{args:?}"
        );
        assert_eq!(listing(p), before, "{args:?}");
    }
    assert_eq!(
        std::fs::read_to_string(p.join("h.csv")).unwrap(),
        "id_a,id_b\nFR-01,ES-01\n"
    );
    assert!(std::fs::read(p.join("twin.toml")).unwrap().is_empty());

    // Standard output appended to an input (>>), also when the input is standard input.
    for script in [
        "\"$TWIN\" match g.csv >> g.csv",
        "\"$TWIN\" check hard.csv >> g.csv",
        "\"$TWIN\" match - < g.csv >> soft.csv",
    ] {
        let (code, stderr) = sh(p, script);
        assert_eq!(code, Some(2), "{script}: {stderr}");
        assert!(
            stderr.contains("standard output is redirected to the input file"),
            "{script}: {stderr}"
        );
        assert_eq!(
            std::fs::read(p.join("g.csv")).unwrap(),
            original,
            "{script}"
        );
    }
    assert_eq!(listing(p), before);
}

#[test]
fn an_extension_twin_cannot_write_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["plan.ods", "plan", "p.out"] {
        twin(&["match", &small(), "-o", name])
            .in_dir(dir.path())
            .run()
            .code(2)
            .stdout_empty()
            .stderr_has(&format!("twin cannot write {name}"))
            .stderr_has(".csv, .json, .txt")
            .stderr_has(".xlsx")
            .stderr_has("--format");
        assert!(listing(dir.path()).is_empty(), "{name}");
    }
    // --format writes any name; a device needs none.
    twin(&["match", &small(), "--all", "--format", "csv", "-o", "plan"])
        .in_dir(dir.path())
        .run()
        .ok();
    assert_eq!(
        std::fs::read(dir.path().join("plan")).unwrap(),
        reference(&["--format", "csv"])
    );
    twin(&["match", &small(), "-o", "/dev/null"])
        .run()
        .ok()
        .stdout_empty();
}

#[test]
fn a_folder_as_the_output_is_named_as_a_folder() {
    let dir = tempfile::tempdir().unwrap();
    let small = small();
    for name in ["plans", "plans.csv"] {
        std::fs::create_dir(dir.path().join(name)).unwrap();
        for force in [false, true] {
            let mut args = vec!["match", small.as_str(), "-o", name];
            if force {
                args.push("--force");
            }
            twin(&args)
                .in_dir(dir.path())
                .run()
                .code(2)
                .stderr_has(&format!("-o {name} is a folder"))
                .stderr_has(&format!("{name}/pairs.csv"))
                .stderr_lacks("--force");
            assert!(listing(&dir.path().join(name)).is_empty());
        }
    }
    assert_eq!(listing(dir.path()), ["plans", "plans.csv"]);
}

#[test]
fn xlsx_text_over_the_cell_limit_is_refused_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    // Two ids that differ only after Excel's 32,767 characters.
    let long = "X".repeat(32_767);
    let csv = format!(
        "id,name,country,city,languages,themes,capacity,twins\n\
         {long}1,A,FR,Lyon,fr,health,1,\n{long}2,B,ES,Madrid,fr,health,1,\n"
    );
    std::fs::write(dir.path().join("long.csv"), csv).unwrap();
    twin(&["match", "long.csv", "-o", "pairs.xlsx"])
        .in_dir(dir.path())
        .run()
        .code(1)
        .stderr_has("pairs.xlsx: pair 1 (sheet pairs, row 2), column id_a")
        .stderr_has("32,768 characters")
        .stderr_has("32,767")
        .stderr_has("--format csv");
    assert_eq!(listing(dir.path()), ["long.csv"]);
    // CSV holds them whole.
    twin(&["match", "long.csv", "-o", "pairs.csv"])
        .in_dir(dir.path())
        .run()
        .ok();
    let text = std::fs::read_to_string(dir.path().join("pairs.csv")).unwrap();
    assert!(text.contains(&format!("{long}1")) && text.contains(&format!("{long}2")));
}
