//! Progress bars: on a terminal each long step says what it does (in the run's language),
//! never in a pipe, and they never change what twin writes. `TWIN_PROGRESS_DELAY_MS=0`
//! drops the one-second delay, so no test depends on timing.

use std::path::Path;

use crate::harness::{EXAMPLES, data_dir, twin};

/// What `twin ARGS` writes to a terminal's stderr (util-linux `script` gives it one;
/// stdout goes to `stdout` in `dir` unless ARGS redirect it), with the bar shown at once;
/// none when `script` is missing.
fn stderr_on_terminal(args: &str, dir: &Path) -> Option<String> {
    if std::process::Command::new("script")
        .arg("--version")
        .output()
        .is_err()
    {
        assert!(
            std::env::var_os("CI").is_none(),
            "util-linux `script` is missing"
        );
        eprintln!("skipped: no `script` (util-linux) to give twin a terminal");
        return None;
    }
    let line = format!(
        "stty cols 200 rows 40; cd '{}' && '{}' {args} > '{}'",
        data_dir().display(),
        crate::harness::bin().display(),
        dir.join("stdout").display()
    );
    let out = std::process::Command::new("script")
        .args(["-qec", &line, "/dev/null"])
        .env("TWIN_PROGRESS_DELAY_MS", "0")
        .env_remove("CI")
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .expect("script runs");
    assert!(out.status.success(), "{args}: {out:?}");
    Some(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// Each step's words on the terminal, for `assign` with every step, in English and French.
#[test]
fn every_step_says_what_it_does_on_a_terminal_in_the_runs_language() {
    let dir = tempfile::tempdir().unwrap();
    let cases: [(&str, &[&str]); 2] = [
        (
            "en",
            &[
                "reading and checking the file",
                "listing the eligible pairs",
                "--method fair, try 1: every pair, round 1: 170 candidate pairs",
                "--method fair, try 2: pairs scoring 33.33 or more",
                "checking the certificate of optimality",
                "finding why groups are left without a twin",
            ],
        ),
        (
            "fr",
            &[
                "lecture et vérification du fichier",
                "recherche des paires admissibles",
                "--method fair, essai 1 : toutes les paires, tour 1 : 170 paires candidates",
                "--method fair, essai 2 : paires notées 33,33 ou plus",
                "vérification du certificat d’optimalité",
                "recherche de ce qui prive des groupes de jumelage",
            ],
        ),
    ];
    for (lang, words) in cases {
        let args = format!("--lang {lang} assign {EXAMPLES} --method fair --verify");
        let Some(stderr) = stderr_on_terminal(&args, dir.path()) else {
            return;
        };
        for w in words {
            assert!(stderr.contains(w), "{lang}: no {w:?} in\n{stderr}");
        }
        // Cleared before the summary: its lines start a line of their own.
        assert!(stderr.contains("\r\u{1b}[2K"), "{lang}: {stderr:?}");
        let summary = if lang == "en" {
            "plan (fair): "
        } else {
            "plan (fair) : "
        };
        let at = stderr.find(summary).expect("the summary");
        assert!(
            stderr[..at].ends_with('\n') || stderr[..at].ends_with("\u{1b}[2K"),
            "{lang}: {:?}",
            &stderr[at.saturating_sub(80)..at]
        );
    }
    let plan = dir.path().join("plan.csv");
    twin(&["assign", EXAMPLES, "-o", plan.to_str().unwrap()])
        .run()
        .ok();
    let other = [
        (
            format!("assign {EXAMPLES} --method stable"),
            "stable plan: 0 pairs taken",
        ),
        (format!("match {EXAMPLES}"), "scoring pairs"),
        (format!("--lang es match {EXAMPLES}"), "puntuando los pares"),
        (
            format!("review '{}' {EXAMPLES}", plan.display()),
            "comparing the plan with the best plan",
        ),
    ];
    for (args, words) in other {
        let Some(stderr) = stderr_on_terminal(&args, dir.path()) else {
            return;
        };
        assert!(stderr.contains(words), "{args}: no {words:?} in\n{stderr}");
    }
}

/// A pipe never gets a bar, even with no delay; stdout and files are the same bytes with
/// and without a terminal on stderr.
#[test]
fn no_bar_in_a_pipe_and_the_same_output_with_or_without_a_terminal() {
    let dir = tempfile::tempdir().unwrap();
    for args in [
        format!("assign {EXAMPLES} --method fair --verify --format csv"),
        format!("assign {EXAMPLES} --method stable --format json"),
        format!("--lang fr match {EXAMPLES} --format csv"),
        format!("match {EXAMPLES}"),
    ] {
        let words: Vec<&str> = args.split(' ').collect();
        let piped = twin(&words).env("TWIN_PROGRESS_DELAY_MS", "0").run();
        piped.ok();
        for raw in ['\r', '\u{1b}'] {
            assert!(!piped.stderr.contains(raw), "{args}: {:?}", piped.stderr);
        }
        for step in [
            "reading and checking",
            "lecture et vérification",
            "scoring pairs",
        ] {
            assert!(!piped.stderr.contains(step), "{args}: {}", piped.stderr);
        }
        let Some(_) = stderr_on_terminal(&args, dir.path()) else {
            return;
        };
        let on_terminal = std::fs::read(dir.path().join("stdout")).unwrap();
        assert_eq!(on_terminal, piped.stdout_bytes, "{args}");
    }
    // A file written with -o: the same bytes.
    let file = dir.path().join("plan.csv");
    let args = format!("assign {EXAMPLES} --verify -o '{}'", file.display());
    if stderr_on_terminal(&args, dir.path()).is_some() {
        let piped = twin(&["assign", EXAMPLES, "--verify", "--format", "csv"]).run();
        assert_eq!(std::fs::read(&file).unwrap(), piped.stdout_bytes);
    }
}
