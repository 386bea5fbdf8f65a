//! Determinism: neither row order nor a second run changes a single byte of stdout.

use crate::harness::{EXAMPLES, Rng, data_dir, shuffle_rows, twin};

const FORMATS: [&str; 3] = ["table", "csv", "json"];

/// stdout of a successful run.
fn stdout_of(dir: &std::path::Path, args: &[&str]) -> Vec<u8> {
    let out = twin(args).in_dir(dir).run();
    out.ok().stdout_not_empty();
    out.stdout_bytes
}

#[test]
fn the_committed_shuffled_copy_gives_byte_identical_output() {
    let dir = data_dir();
    for format in FORMATS {
        for mode in [&[][..], &["--all"], &["--group", "ES-01"]] {
            let run = |file: &str| {
                let mut a = vec!["match", file, "--format", format];
                a.extend_from_slice(mode);
                stdout_of(&dir, &a)
            };
            assert_eq!(
                run("good/small_shuffled.csv"),
                run("good/small.csv"),
                "{format} {mode:?}"
            );
        }
    }
}

#[test]
fn shuffled_copies_of_the_examples_give_byte_identical_output() {
    let original = std::fs::read_to_string(data_dir().join(EXAMPLES)).unwrap();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("original.csv"), &original).unwrap();
    let mut rng = Rng::new(2024);
    for copy in 0..3 {
        let shuffled = shuffle_rows(&original, &mut rng);
        assert_ne!(shuffled, original);
        let name = format!("shuffled{copy}.csv");
        std::fs::write(dir.path().join(&name), &shuffled).unwrap();
        for format in FORMATS {
            for mode in [&[][..], &["--all"]] {
                let run = |file: &str| {
                    let mut a = vec!["match", file, "--format", format];
                    a.extend_from_slice(mode);
                    stdout_of(dir.path(), &a)
                };
                assert_eq!(
                    run(&name),
                    run("original.csv"),
                    "copy {copy}, {format} {mode:?}"
                );
            }
        }
        assert_eq!(
            stdout_of(dir.path(), &["check", &name]),
            stdout_of(dir.path(), &["check", "original.csv"]),
            "check, copy {copy}"
        );
    }
}

#[test]
fn running_twice_gives_identical_output() {
    let dir = data_dir();
    for format in FORMATS {
        let args = ["match", EXAMPLES, "--all", "--format", format];
        let first = stdout_of(&dir, &args);
        let second = stdout_of(&dir, &args);
        assert_eq!(first, second, "{format}");
    }
    let args = ["explain", EXAMPLES, "FR-PAR", "BE-BRU"];
    assert_eq!(stdout_of(&dir, &args), stdout_of(&dir, &args));
}
