//! No temporary file survives an interrupted export.
//!
//! A child process (this test binary, re-run on the hidden test `signal_child`) starts
//! writing an output through `twin::internals::output::sink`, flushes part of it, says "READY" and
//! waits; the parent checks what the folder shows while the export is under way, sends a
//! signal, and checks that the child died of it and that the folder is empty. The unnamed
//! file (Linux, O_TMPFILE) has no name to leave behind even on SIGKILL; the named fallback
//! is removed by twin's signal watcher on SIGINT, SIGTERM and SIGHUP.

use std::io::{BufRead, BufReader, Write};
use std::os::unix::process::ExitStatusExt;
use std::path::Path;
use std::process::{Command, Stdio};

use twin::internals::output::{Strategy, write_with_strategy};
use twin::testkit::listing;

const CHILD_DIR: &str = "TWIN_TEST_SIGNAL_DIR";
const CHILD_NAMED: &str = "TWIN_TEST_SIGNAL_NAMED";

/// The child's part: does nothing unless started by [`interrupt`].
#[test]
fn signal_child() {
    let Ok(dir) = std::env::var(CHILD_DIR) else {
        return;
    };
    let strategy = if std::env::var_os(CHILD_NAMED).is_some() {
        Strategy::Named
    } else {
        Strategy::PreferUnnamed
    };
    let target = Path::new(&dir).join("pairs.csv");
    let _ = write_with_strategy(target.to_str(), false, strategy, |w| {
        w.write_all(&vec![b'x'; 1 << 20])?;
        w.flush()?;
        println!("READY");
        std::io::stdout().flush()?;
        std::thread::sleep(std::time::Duration::from_secs(30));
        Ok(())
    });
    panic!("the parent should have ended this process");
}

/// Runs the child with `strategy`, sends `signal` once it is writing, and returns the
/// folder's names seen while it wrote.
fn interrupt(named: bool, signal: &str, number: i32) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    let mut cmd = Command::new(std::env::current_exe().unwrap());
    cmd.args([
        "signals::signal_child",
        "--exact",
        "--nocapture",
        "--test-threads=1",
    ])
    .env(CHILD_DIR, dir.path())
    .stdout(Stdio::piped())
    .stderr(Stdio::null());
    if named {
        cmd.env(CHILD_NAMED, "1");
    }
    let mut child = cmd.spawn().unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let ready = lines.any(|l| l.is_ok_and(|l| l.trim_end().ends_with("READY")));
    assert!(ready, "the child never started writing");
    let during = listing(dir.path());
    let sent = Command::new("kill")
        .args(["-s", signal, &child.id().to_string()])
        .status()
        .unwrap();
    assert!(sent.success());
    let status = child.wait().unwrap();
    assert_eq!(status.signal(), Some(number), "{signal}: {status:?}");
    assert_eq!(
        listing(dir.path()),
        Vec::<String>::new(),
        "{signal} left a file"
    );
    during
}

#[cfg(target_os = "linux")]
#[test]
fn an_unnamed_temporary_file_leaves_nothing_whatever_the_signal() {
    for (signal, number) in [("INT", 2), ("TERM", 15), ("KILL", 9)] {
        let during = interrupt(false, signal, number);
        assert!(during.is_empty(), "no name while writing: {during:?}");
    }
}

#[test]
fn a_named_temporary_file_is_removed_on_sigint_sigterm_and_sighup() {
    for (signal, number) in [("INT", 2), ("TERM", 15), ("HUP", 1)] {
        let during = interrupt(true, signal, number);
        assert!(
            during.len() == 1 && during[0].starts_with(".twin-") && during[0].ends_with(".tmp"),
            "{during:?}"
        );
    }
}
