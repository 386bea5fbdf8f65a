//! Determinism: neither row order nor a second run changes a single byte of stdout.

use twin::testkit::Rng;

use crate::harness::{EXAMPLES, data_dir, random_network, shuffle_rows, twin};

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

#[test]
fn a_network_large_enough_for_the_profile_index_is_exact_and_order_free() {
    // 13,000 groups (above `INDEX_FROM`) with few distinct profiles, so that many groups
    // share one: `match --per-group` then reads the profile index, and each group's rows
    // must be the head of what `--group` (every other group scored) lists.
    let mut rng = Rng::new(7);
    let countries = ["FR", "ES", "PE", "IT", "MX", "BE", "DE", "PL", "CO", "CL"];
    let languages = ["fr", "es", "en", "it", "de", "pl"];
    let themes = [
        "food security",
        "health",
        "elderly",
        "housing",
        "literacy",
        "education access",
        "migrants",
    ];
    let csv = random_network(&mut rng, 13_000, &countries, &languages, &themes, 0..3);
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("big.csv"), &csv).unwrap();
    std::fs::write(
        dir.path().join("shuffled.csv"),
        shuffle_rows(&csv, &mut rng),
    )
    .unwrap();
    let per_group = |file: &str| {
        stdout_of(
            dir.path(),
            &["match", file, "--per-group", "3", "--format", "csv"],
        )
    };
    let listed = per_group("big.csv");
    assert_eq!(listed, per_group("shuffled.csv"));
    let text = String::from_utf8(listed).unwrap();
    let mut ids: Vec<&str> = text
        .lines()
        .skip(1)
        .filter_map(|l| l.split(',').nth(2))
        .collect();
    ids.dedup();
    assert!(ids.len() > 8_000, "groups seeking a twin have candidates");
    for id in [ids[0], ids[1], ids[ids.len() / 2], ids[ids.len() - 1]] {
        let mine: Vec<&str> = text
            .lines()
            .filter(|l| l.split(',').nth(2) == Some(id))
            .collect();
        let alone = stdout_of(
            dir.path(),
            &["match", "big.csv", "--group", id, "--format", "csv"],
        );
        let alone = String::from_utf8(alone).unwrap();
        assert_eq!(mine.len(), 3, "{id}");
        let head: Vec<&str> = alone.lines().skip(1).take(mine.len()).collect();
        // Same pairs and scores; the rank column differs (per group vs within --group).
        let strip = |l: &&str| l.split(',').skip(1).collect::<Vec<_>>().join(",");
        assert_eq!(
            mine.iter().map(strip).collect::<Vec<_>>(),
            head.iter().map(strip).collect::<Vec<_>>(),
            "{id}"
        );
    }
    let plan = |file: &str| {
        stdout_of(
            dir.path(),
            &["assign", file, "--method", "stable", "--format", "csv"],
        )
    };
    assert_eq!(plan("big.csv"), plan("shuffled.csv"));
}
