//! `twin completions SHELL` and `twin man [SUBCOMMAND]`: generated from twin's own
//! command-line definition, so every subcommand and option appears, and the bash script
//! and the roff pages are well formed.

use clap::CommandFactory;

use crate::harness::twin;

/// Every subcommand's name and its long options, from the definition itself.
fn subcommands() -> Vec<(String, Vec<String>)> {
    twin::Cli::command()
        .get_subcommands()
        .map(|s| {
            let longs = s
                .get_arguments()
                .filter_map(|a| a.get_long())
                .map(|l| format!("--{l}"))
                .collect();
            (s.get_name().to_string(), longs)
        })
        .collect()
}

#[test]
fn every_shell_completes_every_subcommand_and_option() {
    let subs = subcommands();
    assert!(subs.iter().any(|(n, _)| n == "assign"), "{subs:?}");
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let out = twin(&["completions", shell]).run();
        out.ok();
        for (name, longs) in &subs {
            assert!(out.stdout.contains(name.as_str()), "{shell}: no {name}");
            for long in longs {
                // fish writes `-l max-cardinality`, the others `--max-cardinality`.
                let bare = long.trim_start_matches('-');
                assert!(out.stdout.contains(bare), "{shell}: no {long} of {name}");
            }
        }
    }
}

#[test]
fn the_bash_script_is_valid_bash() {
    let dir = tempfile::tempdir().unwrap();
    let script = dir.path().join("twin.bash");
    std::fs::write(
        &script,
        twin(&["completions", "bash"]).run().ok().stdout.as_bytes(),
    )
    .unwrap();
    let status = std::process::Command::new("bash")
        .arg("-n")
        .arg(&script)
        .status()
        .expect("bash runs");
    assert!(status.success(), "bash -n rejects the completion script");
}

#[test]
fn the_man_pages_list_every_subcommand_and_every_option() {
    let subs = subcommands();
    let main = twin(&["man"]).run();
    main.ok()
        .stdout_has(".TH twin 1")
        .stdout_has(".SH COMMANDS");
    for (name, longs) in subs.iter().filter(|(n, _)| n != "help") {
        main.stdout_has(&format!("twin\\-{name}(1)"));
        let page = twin(&["man", name]).run();
        page.ok().stdout_has(&format!(".TH twin-{name} 1"));
        for long in longs {
            // roff escapes every '-' as '\-'.
            page.stdout_has(&long.replace('-', "\\-"));
        }
    }
}

#[test]
fn a_man_page_renders_with_groff_without_warnings() {
    for lang in ["en", "fr", "es"] {
        for page in [&["man"][..], &["man", "assign"]] {
            let page = twin(&["--lang", lang]).args(page).run().ok().stdout.clone();
            groff_is_silent(&page);
        }
    }
}

#[test]
fn the_man_page_is_in_the_language_of_the_run() {
    // Section titles and the synopsis placeholder: clap_mangen's English, retitled.
    for (lang, titles, absent) in [
        (
            "fr",
            &[
                ".SH NOM",
                ".SH SYNOPSIS",
                ".SH COMMANDES",
                ".SH EXEMPLES",
                "sous\\-commande",
            ][..],
            &[".SH NAME", ".SH EXTRA", ".SH \"", "Commandes "][..],
        ),
        (
            "es",
            &[
                ".SH NOMBRE",
                ".SH SINOPSIS",
                ".SH OPCIONES",
                ".SH EJEMPLOS",
                "subcomando",
            ],
            &[".SH NAME", ".SH EXTRA", ".SH OPTIONS"],
        ),
        (
            "en",
            &[
                ".SH NAME",
                ".SH OPTIONS",
                ".SH COMMANDS",
                ".SH EXAMPLES",
                "subcommand",
            ],
            &[".SH EXTRA", ".SH NOM"],
        ),
    ] {
        let page = twin(&["--lang", lang, "man"]).run().ok().stdout.clone();
        for t in titles {
            assert!(page.contains(t), "{lang}: no {t:?} in\n{page}");
        }
        for t in absent {
            assert!(!page.contains(t), "{lang}: {t:?} in\n{page}");
        }
    }
    let page = twin(&["--lang", "fr", "man", "assign"])
        .run()
        .ok()
        .stdout
        .clone();
    assert!(
        page.contains(".SH ARGUMENTS") && page.contains(".SH OPTIONS"),
        "{page}"
    );
}

fn groff_is_silent(page: &str) {
    let Ok(mut child) = std::process::Command::new("groff")
        .args(["-man", "-Tutf8", "-ww", "-z"])
        .stdin(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
    else {
        panic!("groff is needed for this test (Debian: apt-get install groff-base)");
    };
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(page.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let warnings = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success() && warnings.trim().is_empty(),
        "{warnings}"
    );
}

#[test]
fn an_unknown_page_or_shell_is_a_usage_error() {
    twin(&["man", "nope"])
        .run()
        .code(2)
        .stdout_empty()
        .stderr_has("twin has no subcommand \"nope\": the pages are match, explain, check");
    twin(&["completions", "tcsh"]).run().code(2).stdout_empty();
}
