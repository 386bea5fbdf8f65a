//! Broken pipe: `twin match … | head -c 16` must exit 0 quietly, like any Unix filter.
//!
//! The reader closes its end after a few bytes; the output is larger than a pipe buffer
//! (64 KiB on Linux), so twin is still writing when the pipe breaks.

use std::io::Read;
use std::process::{Command, Stdio};

use twin::testkit::Rng;

use crate::harness::{EXAMPLES, bin, data_dir, random_network};

/// Runs twin with `args` in `dir`, reads `keep` bytes of stdout, closes it, and returns
/// the exit code and stderr.
fn run_and_hang_up(dir: &std::path::Path, args: &[&str], keep: usize) -> (Option<i32>, String) {
    let mut child = Command::new(bin())
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("twin starts");
    let mut stdout = child.stdout.take().unwrap();
    let mut buf = vec![0u8; keep];
    if keep > 0 {
        stdout.read_exact(&mut buf).expect("the first bytes");
        assert!(!buf.iter().all(|&b| b == 0));
    }
    drop(stdout);
    let out = child.wait_with_output().expect("twin ends");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[track_caller]
fn assert_quiet_success(args: &[&str], code: Option<i32>, stderr: &str) {
    assert_eq!(code, Some(0), "{args:?} exit code; stderr:\n{stderr}");
    assert!(
        !stderr.contains("panicked") && !stderr.contains("error"),
        "{args:?} stderr:\n{stderr}"
    );
}

#[test]
fn the_examples_piped_into_a_reader_that_closes_early() {
    let dir = data_dir();
    // JSON of every pair of the examples is well over 64 KiB.
    let full = Command::new(bin())
        .args(["match", EXAMPLES, "--all", "--format", "json"])
        .current_dir(&dir)
        .output()
        .unwrap();
    assert!(full.stdout.len() > 100 * 1024, "{}", full.stdout.len());
    for format in ["json", "table", "csv"] {
        let args = ["match", EXAMPLES, "--all", "--format", format];
        let (code, stderr) = run_and_hang_up(&dir, &args, 16);
        assert_quiet_success(&args, code, &stderr);
    }
}

#[test]
fn a_large_network_piped_into_a_reader_that_closes_early() {
    // 300 generated groups give tens of thousands of pairs: megabytes in every format.
    let dir = tempfile::tempdir().unwrap();
    let mut rng = Rng::new(99);
    let countries = ["FR", "ES", "PE", "IT", "MX", "BE", "DE", "PL"];
    let languages = ["fr", "es", "en", "it"];
    let themes = [
        "food security",
        "health",
        "elderly",
        "housing",
        "literacy",
        "education access",
    ];
    let csv = random_network(&mut rng, 300, &countries, &languages, &themes, 1..4);
    std::fs::write(dir.path().join("big.csv"), csv).unwrap();
    for format in ["table", "csv", "json"] {
        for keep in [0, 1, 4096] {
            let args = ["match", "big.csv", "--all", "--format", format];
            let (code, stderr) = run_and_hang_up(dir.path(), &args, keep);
            assert_quiet_success(&args, code, &stderr);
        }
    }
}

/// Runs `script` with `sh` in `tests/data/`, `$TWIN` naming the binary.
fn sh(script: &str) -> (Option<i32>, String) {
    crate::harness::sh(&data_dir(), script)
}

#[test]
fn a_closed_or_failing_standard_output_is_an_error() {
    for (script, message) in [
        // Closed: the runtime reopens it on /dev/null, so the output would vanish.
        (
            "\"$TWIN\" match good/small.csv >&-",
            "standard output is closed",
        ),
        (
            "\"$TWIN\" assign good/small.csv >&-",
            "standard output is closed",
        ),
        (
            "\"$TWIN\" check good/small.csv >&-",
            "standard output is closed",
        ),
        (
            "\"$TWIN\" explain good/small.csv FR-01 ES-01 >&-",
            "standard output is closed",
        ),
        // Open for reading only: every write fails with EBADF.
        (
            "\"$TWIN\" match good/small.csv 1</dev/null",
            "<stdout>: Bad file descriptor",
        ),
        // A full disk.
        (
            "\"$TWIN\" match good/small.csv --all --format json > /dev/full",
            "<stdout>: No space left",
        ),
    ] {
        let (code, stderr) = sh(script);
        assert_eq!(code, Some(1), "{script}: {stderr}");
        assert!(stderr.contains(message), "{script}: {stderr}");
    }
    // Discarding the output on purpose is fine.
    for script in [
        "\"$TWIN\" match good/small.csv > /dev/null",
        "\"$TWIN\" match good/small.csv -o /dev/null >&-",
    ] {
        let (code, stderr) = sh(script);
        assert_eq!(code, Some(0), "{script}: {stderr}");
    }
}
