//! File text never reaches the terminal raw: control characters, bidi overrides and
//! invisible characters in names, ids and values are spelt out (`\u{1b}`) in errors,
//! warnings, notes and `check`'s summary, one message line per line.

use crate::harness::twin;

/// Characters that must never reach a terminal raw.
const RAW: [char; 4] = ['\u{1b}', '\u{7}', '\u{202e}', '\u{9b}'];

#[track_caller]
fn assert_no_raw(what: &str, text: &str) {
    for c in RAW {
        assert!(!text.contains(c), "{what} holds {c:?} raw:\n{text}");
    }
}

#[test]
fn control_characters_in_messages_and_the_check_summary_are_escaped() {
    let dir = tempfile::tempdir().unwrap();
    let header = "id,name,country,city,languages,themes,capacity,twins\n";
    // A bad country (an error quoting the value) and a valid but hostile name.
    let bad =
        format!("{header}FR-1,Evil\u{1b}[31mRED\u{7},Atlantis\u{1b}[2J\u{9b},Lyon,fr,health,1,\n");
    std::fs::write(dir.path().join("bad.csv"), bad).unwrap();
    let out = twin(&["check", "bad.csv"]).in_dir(dir.path()).run();
    out.code(1).stderr_has("Atlantis\\u{1b}[2J\\u{9b}");
    assert_no_raw("stderr", &out.stderr);
    // The message's own lines stay lines.
    assert!(
        out.stderr.lines().all(|l| l.starts_with("error: ")),
        "{}",
        out.stderr
    );

    let good = format!(
        "{header}FR-1,Evil\u{1b}[31mRED\u{7},FR,Lyon,fr,health,1,\n\
         ES-\u{202e}1,B\u{202e}ab,ES,Madrid,fr,health,0,\n"
    );
    std::fs::write(dir.path().join("good.csv"), good).unwrap();
    let out = twin(&["check", "good.csv"]).in_dir(dir.path()).run();
    out.ok()
        .stdout_has("Evil\\u{1b}[31mRED\\u{7}")
        .stdout_has("ES-\\u{202e}1");
    assert_no_raw("stdout", &out.stdout);
    assert_no_raw("stderr", &out.stderr);

    // Notes of `match` (a group with no candidate) and errors naming an id.
    let out = twin(&["match", "good.csv", "--group", "ES-\u{202e}1"])
        .in_dir(dir.path())
        .run();
    out.ok().stderr_has("ES-\\u{202e}1");
    assert_no_raw("stderr", &out.stderr);
    let out = twin(&["match", "good.csv", "--group", "ES-\u{202e}2\u{1b}"])
        .in_dir(dir.path())
        .run();
    out.code(2).stderr_has("ES-\\u{202e}2\\u{1b}");
    assert_no_raw("stderr", &out.stderr);
}

/// What `twin ARGS` prints to a terminal `cols` columns wide (util-linux `script` gives it
/// one; stderr is left out), or none when `script` is missing.
fn on_terminal(args: &str, cols: u32) -> Option<String> {
    let script = std::process::Command::new("script")
        .arg("--version")
        .output();
    if script.is_err() {
        assert!(
            std::env::var_os("CI").is_none(),
            "util-linux `script` is missing"
        );
        eprintln!("skipped: no `script` (util-linux) to give twin a terminal");
        return None;
    }
    let line = format!(
        "stty cols {cols} rows 40; '{}' {args} 2>/dev/null",
        crate::harness::bin().display()
    );
    let out = std::process::Command::new("script")
        .args(["-qec", &line, "/dev/null"])
        .current_dir(crate::harness::data_dir())
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .output()
        .expect("script runs");
    Some(String::from_utf8_lossy(&out.stdout).replace('\r', ""))
}

fn columns(line: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(line)
}

#[test]
fn tables_fit_an_80_column_terminal_and_pipes_keep_one_line_per_row() {
    let examples = crate::harness::EXAMPLES;
    for args in [format!("match {examples}"), format!("assign {examples}")] {
        let piped = twin(&args.split(' ').collect::<Vec<_>>()).run();
        piped.ok();
        let widest = piped.stdout.lines().map(columns).max().unwrap();
        assert!(widest > 80, "the example's table is wide: {widest}");
        let Some(narrow) = on_terminal(&args, 80) else {
            return;
        };
        for l in narrow.lines() {
            assert!(columns(l) <= 80, "{args}: {l:?}\n{narrow}");
        }
        // Every character of the piped table is on the terminal too (spaces and rules
        // aside), and the terminal's lines are more (rows wrapped), never fewer.
        let chars = |t: &str| {
            let mut c: Vec<char> = t
                .chars()
                .filter(|c| !c.is_whitespace() && *c != '─')
                .collect();
            c.sort_unstable();
            c
        };
        assert_eq!(chars(&narrow), chars(&piped.stdout), "{args}");
        assert!(narrow.lines().count() > piped.stdout.lines().count());
        // A terminal as wide as the table: the table as piped.
        let wide = on_terminal(&args, widest as u32 + 10).unwrap();
        assert_eq!(wide, piped.stdout, "{args}");
    }
}
