//! No input panics: ~200 seeded mutations of the fixtures (byte flips, truncations, inserted
//! quotes, separators, newlines and non-UTF-8 bytes) go through the library's reader and
//! validator under `catch_unwind`, with the fuzz targets' checks, and a sample through the
//! binary.
//!
//! Every failure must yield at least one problem naming the file; a record may never
//! disappear silently (no problem ⇒ every record became a group).

use std::panic::{AssertUnwindSafe, catch_unwind};

use twin::internals::input::InputFormat;
use twin::testkit::{Rng, fuzz};

use crate::harness::{fixture, root_dir, twin};

const CSV_SEEDS: [&str; 8] = [
    "good/small.csv",
    "good/small_fr.csv",
    "good/unknown_columns.csv",
    "good/header_only.csv",
    "broken/several_problems.csv",
    "broken/extra_values.csv",
    "broken/duplicate_column.csv",
    "broken/missing_value.csv",
];

const TOML_SEEDS: [&str; 5] = [
    "good/small.toml",
    "good/part_b.toml",
    "broken/toml_type_error.toml",
    "broken/toml_unknown_key.toml",
    "broken/dup_id_b.toml",
];

/// Bytes worth inserting: structure of both formats, whitespace, and invalid UTF-8.
const INSERTS: [&[u8]; 16] = [
    b"\"",
    b",",
    b";",
    b"\t",
    b"\n",
    b"\r\n",
    b"\r",
    b"\xff",
    b"\xc3",
    b"\xEF\xBB\xBF",
    b"[[group]]\n",
    b" = ",
    b"[",
    b"]",
    b"\"\"\"",
    b"\n,,,,,,\n",
];

fn mutate(seed: &[u8], rng: &mut Rng) -> Vec<u8> {
    let mut bytes = seed.to_vec();
    for _ in 0..1 + rng.below(4) {
        let at = rng.below(bytes.len() + 1);
        match rng.below(6) {
            0 if !bytes.is_empty() => {
                let i = at.min(bytes.len() - 1);
                bytes[i] = rng.next_u64() as u8;
            }
            1 => bytes.truncate(at),
            2 => {
                let insert = rng.pick(&INSERTS);
                bytes.splice(at..at, insert.iter().copied());
            }
            3 => {
                let end = (at + rng.below(40)).min(bytes.len());
                bytes.drain(at..end);
            }
            4 => {
                // Duplicate a slice (e.g. a row, giving duplicate ids).
                let end = (at + rng.below(120)).min(bytes.len());
                let copy = bytes[at..end].to_vec();
                let to = rng.below(bytes.len() + 1);
                bytes.splice(to..to, copy);
            }
            _ => {
                let insert = rng.pick(&INSERTS);
                let to = rng.below(bytes.len() + 1);
                bytes.splice(to..to, insert.iter().copied());
            }
        }
    }
    bytes
}

/// The generated cases: (file name, format, bytes).
fn cases() -> Vec<(String, InputFormat, Vec<u8>)> {
    let mut rng = Rng::new(0x7715);
    let csv_seeds: Vec<Vec<u8>> = CSV_SEEDS
        .iter()
        .map(|f| fixture(f))
        .chain([std::fs::read(root_dir().join("examples/groups.csv")).unwrap()])
        .collect();
    let toml_seeds: Vec<Vec<u8>> = TOML_SEEDS.iter().map(|f| fixture(f)).collect();
    let mut out = Vec::new();
    // A few hand-made extremes first.
    for (i, bytes) in [
        &b""[..],
        b"\xEF\xBB\xBF",
        b"\r",
        b"\"",
        b"id,name,country,languages,themes\n\"unterminated",
        b"id,name,country,languages,themes\nA,a,FR,fr,health\nA,a,FR,fr,health\n",
        b"\n\n\n,,,\n",
    ]
    .into_iter()
    .enumerate()
    {
        out.push((
            format!("edge{i}.csv"),
            InputFormat::Csv(b','),
            bytes.to_vec(),
        ));
    }
    out.push((
        "edge.toml".into(),
        InputFormat::Toml,
        b"[[group]]\n".to_vec(),
    ));
    out.push((
        "edge.tsv".into(),
        InputFormat::Csv(b'\t'),
        fixture("good/small.tsv"),
    ));
    for i in 0..120 {
        let seed = rng.pick(&csv_seeds).clone();
        let delimiter = if i % 10 == 9 { b'\t' } else { b',' };
        out.push((
            format!("fuzz{i}.csv"),
            InputFormat::Csv(delimiter),
            mutate(&seed, &mut rng),
        ));
    }
    for i in 0..80 {
        let seed = rng.pick(&toml_seeds).clone();
        out.push((
            format!("fuzz{i}.toml"),
            InputFormat::Toml,
            mutate(&seed, &mut rng),
        ));
    }
    out
}

/// Each case through the fuzz targets' checks (`twin::testkit::fuzz::profile`): records and
/// problems name the file, at lines inside it, and no record vanishes without a problem.
#[test]
fn mutated_inputs_never_panic_and_every_failure_names_the_file() {
    let cases = cases();
    assert!(cases.len() >= 200);
    let mut failures = 0;
    for (name, format, bytes) in &cases {
        let checked = catch_unwind(AssertUnwindSafe(|| {
            fuzz::profile(name, bytes, *format, Some(fuzz::max_lines(bytes)))
        }))
        .unwrap_or_else(|_| {
            panic!(
                "a check failed or twin panicked on {name}: {:?}",
                String::from_utf8_lossy(bytes)
            )
        });
        if checked.errors > 0 {
            failures += 1;
        }
    }
    // The mutations must actually break things most of the time, or the test tests little.
    assert!(failures > cases.len() / 3, "only {failures} failures");
    assert!(failures < cases.len(), "nothing passed");
}

#[test]
fn a_sample_of_mutated_files_never_panics_the_binary() {
    let dir = tempfile::tempdir().unwrap();
    let formats = ["table", "csv", "json"];
    let mut seen = [0usize; 2];
    for (n, (name, _, bytes)) in cases().into_iter().step_by(7).enumerate() {
        std::fs::write(dir.path().join(&name), &bytes).unwrap();
        let out = twin(&["match", &name, "--all", "--format", formats[n % 3]])
            .in_dir(dir.path())
            .run(); // asserts no panic
        match out.code {
            Some(0) => {
                seen[0] += 1;
                out.stdout_not_empty();
            }
            Some(1) => {
                seen[1] += 1;
                out.stdout_empty();
                let errors = out.stderr_lines("error: ");
                let prefix = format!("error: {name}");
                assert!(
                    errors.iter().any(|l| l.starts_with(&prefix)),
                    "{name}: {}",
                    out.stderr
                );
            }
            other => panic!("{name}: exit {other:?}\n{}", out.stderr),
        }
    }
    assert!(seen[0] > 0 && seen[1] > 0, "{seen:?}");
}
