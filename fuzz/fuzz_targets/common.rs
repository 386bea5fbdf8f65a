//! What every profile target checks: the reader and the validator never panic, a record
//! never vanishes without a problem, and every problem names the file it was given.

// Each target uses only part of this module.
#![allow(dead_code)]

use std::sync::OnceLock;

use twin::model::dataset::validate;
use twin::error::Problem;
use twin::input::{Format, Loaded, ReadOptions, parse_bytes};
use twin::model::reference::Reference;

/// The built-in reference tables, built once per process.
pub fn reference() -> &'static Reference {
    static REFERENCE: OnceLock<Reference> = OnceLock::new();
    REFERENCE.get_or_init(|| Reference::new(&[]).expect("the built-in reference"))
}

/// An upper bound on the lines of a text file: every line ends in `\n`, `\r\n` or `\r`.
pub fn max_lines(bytes: &[u8]) -> u64 {
    bytes.iter().filter(|&&b| b == b'\n' || b == b'\r').count() as u64 + 1
}

/// Checks one problem (error, warning or note) of file `name`.
pub fn check_problem(name: &str, p: &Problem, max_line: Option<u64>) {
    assert_eq!(p.file, name, "a problem names another file: {p:?}");
    assert!(!p.message.trim().is_empty(), "an empty message: {p:?}");
    if let Some(line) = p.line {
        assert!(line >= 1, "line 0: {p:?}");
        if let Some(max) = max_line {
            assert!(line <= max, "line {line} past the end ({max} lines): {p:?}");
        }
    }
}

/// Reads `bytes` as file `name` in `format`, validates the records, and checks the outcome.
/// `max_line` bounds the line numbers (text formats; a sheet's rows are not lines). Returns
/// the number of records read.
pub fn run(name: &str, bytes: &[u8], format: Format, max_line: Option<u64>) -> usize {
    let mut loaded = Loaded::default();
    parse_bytes(name, bytes, format, &ReadOptions::default(), &mut loaded);
    let records = loaded.records.len();
    for r in &loaded.records {
        assert_eq!(&*r.file, name, "a record names another file");
        assert!(r.line >= 1, "a record at line 0");
        if let Some(max) = max_line {
            assert!(r.line <= max, "a record at line {} of {max}", r.line);
        }
    }
    let validated = validate(loaded.records, reference());
    for p in loaded
        .problems
        .iter()
        .chain(&loaded.warnings)
        .chain(&loaded.notes)
        .chain(&validated.problems)
        .chain(&validated.notes)
    {
        check_problem(name, p, max_line);
    }
    let groups = validated.dataset.groups.len();
    assert!(groups <= records, "{groups} groups from {records} records");
    if loaded.problems.is_empty() && validated.problems.is_empty() {
        assert_eq!(groups, records, "records rejected without a problem");
    }
    for w in validated.dataset.groups.windows(2) {
        assert!(w[0].id < w[1].id, "groups not sorted by unique id");
    }
    records
}
