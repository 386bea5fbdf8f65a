//! README shows real output: the examples it quotes are what twin prints today.

use crate::harness::{EXAMPLES, twin};

fn readme() -> String {
    std::fs::read_to_string("README.md").expect("README.md at the crate root")
}

#[track_caller]
fn quoted(args: &[&str]) {
    let out = twin(args).run();
    out.ok();
    assert!(
        readme().contains(out.stdout.trim_end()),
        "README.md no longer shows the output of `twin {}`:\n{}",
        args.join(" "),
        out.stdout
    );
}

#[test]
fn the_readme_examples_are_current() {
    quoted(&["match", EXAMPLES, "--top", "5", "--format", "csv"]);
    quoted(&["explain", EXAMPLES, "PE-ARE", "MX-MEX"]);
    quoted(&["explain", EXAMPLES, "FR-LYO"]);
    quoted(&["check", EXAMPLES]);
    quoted(&["--lang", "fr", "check", EXAMPLES]);
    // The plan's summary goes to stderr: README quotes every line of it, in English and
    // in French.
    for lang in ["en", "fr"] {
        let out = twin(&["--lang", lang, "assign", EXAMPLES]).run();
        for line in out.ok().stderr.lines() {
            assert!(
                readme().contains(line),
                "README.md no longer shows this line of `twin assign`'s summary:\n{line}"
            );
        }
    }
}

/// The configuration README shows is the one `twin init` writes, byte for byte.
#[test]
fn the_readme_configuration_is_examples_twin_toml() {
    let toml = std::fs::read_to_string("examples/twin.toml").expect("examples/twin.toml");
    let block = format!("```toml\n{toml}```\n");
    assert!(
        readme().contains(&block),
        "README.md's configuration block differs from examples/twin.toml"
    );
}
