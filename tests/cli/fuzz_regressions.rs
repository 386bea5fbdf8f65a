//! The fuzzers' inputs as tests: the seed corpora in `fuzz/seeds/<target>/` (see
//! `fuzz/README.md`) must keep loading or failing cleanly, so the fuzzers start from valid
//! and meaningful files; `good-*`, `examples-*` and the sheets must load without a problem,
//! `broken-*` must fail with one (but `broken-dup_id_*`, broken only together).
//!
//! The checks are those of the fuzz targets (`fuzz/fuzz_targets/`): no panic, a record never
//! vanishes without a problem, every problem names the file it was given, lines lie in the file.
//!
//! Inputs that once crashed or hung go in `tests/data/fuzz/<target>-<name>.bin`, each with a
//! test here. The fuzzers found none; `sheet-far-cell.bin` was made by hand while reviewing the
//! sheet reader, which now refuses a used area that large with a message naming the cell.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};

use twin::error::Problem;
use twin::input::{Format, Loaded, ReadOptions, history, parse_bytes, read_table};
use twin::model::dataset::validate;
use twin::model::reference::Reference;

use crate::harness::{data_dir, root_dir, twin};
use crate::hostile_sheets::{compound_file, rezip};

/// The files of `fuzz/seeds/<target>/`, sorted.
fn seeds(target: &str) -> Vec<PathBuf> {
    let dir = root_dir().join("fuzz").join("seeds").join(target);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no seed in {}", dir.display());
    files
}

fn file_name(path: &Path) -> String {
    path.file_name().unwrap().to_string_lossy().into_owned()
}

/// An upper bound on the lines of a text file: every line ends in `\n`, `\r\n` or `\r`.
fn max_lines(bytes: &[u8]) -> u64 {
    bytes.iter().filter(|&&b| b == b'\n' || b == b'\r').count() as u64 + 1
}

fn check_problem(name: &str, p: &Problem, max_line: Option<u64>) {
    assert_eq!(p.file, name, "a problem names another file: {p:?}");
    assert!(
        !p.message.trim().is_empty(),
        "{name}: an empty message: {p:?}"
    );
    if let Some(line) = p.line {
        assert!(line >= 1, "{name}: line 0: {p:?}");
        if let Some(max) = max_line {
            assert!(line <= max, "{name}: line {line} of {max}: {p:?}");
        }
    }
}

/// Reads and validates one profile file as the `csv`, `toml` and `sheet` targets do; returns
/// how many errors it has.
fn check_profile(name: &str, bytes: &[u8], format: Format, reference: &Reference) -> usize {
    let max_line = (format != Format::Sheet).then(|| max_lines(bytes));
    let outcome = catch_unwind(AssertUnwindSafe(|| {
        let mut loaded = Loaded::default();
        parse_bytes(name, bytes, format, &ReadOptions::default(), &mut loaded);
        let records = loaded.records.len();
        for r in &loaded.records {
            assert_eq!(&*r.file, name);
            assert!(r.line >= 1, "{name}: a record at line 0");
            if let Some(max) = max_line {
                assert!(
                    r.line <= max,
                    "{name}: a record at line {} of {max}",
                    r.line
                );
            }
        }
        let validated = validate(loaded.records, reference);
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
        let errors = loaded.problems.len() + validated.problems.len();
        let groups = validated.dataset.groups.len();
        if errors == 0 {
            assert_eq!(
                groups, records,
                "{name}: records rejected without a problem"
            );
        }
        errors
    }));
    outcome.unwrap_or_else(|_| panic!("{name}: the reader or the validator panicked"))
}

/// Reads one `table` input as the `table` target does (byte 0 a delimiter, byte 1 flags, then
/// the file); returns whether reading and the history reader both succeeded.
fn check_table(name: &str, data: &[u8]) -> bool {
    const ENCODINGS: [Option<&str>; 8] = [
        None,
        None,
        Some("utf-8"),
        Some("windows-1252"),
        Some("utf-16le"),
        Some("utf-16be"),
        Some("iso-8859-15"),
        Some("shift_jis"),
    ];
    let [delimiter, flags, bytes @ ..] = data else {
        panic!("{name}: a table input needs two bytes of options");
    };
    let accepted = delimiter.is_ascii() && !b"\0\"\r\n".contains(delimiter);
    let options = ReadOptions {
        encoding: ENCODINGS[usize::from((flags >> 1) & 7)].map(str::to_string),
        delimiter: (accepted && flags & 1 == 1).then_some(*delimiter),
        sheet: None,
        columns: Vec::new(),
    };
    let default = if accepted { *delimiter } else { b',' };
    let max = max_lines(bytes);
    let outcome = catch_unwind(AssertUnwindSafe(|| {
        match read_table(name, bytes, default, &options) {
            Ok(table) => {
                assert!((1..=max).contains(&table.header_line));
                let mut previous = table.header_line;
                for row in &table.rows {
                    assert!(row.line > previous && row.line <= max, "{name}: {row:?}");
                    previous = row.line;
                }
                for p in &table.notes {
                    check_problem(name, p, Some(max));
                }
                match history::parse(name, &table) {
                    Ok(_) => true,
                    Err(problems) => {
                        assert!(!problems.is_empty(), "{name}: a failure without a problem");
                        for p in &problems {
                            check_problem(name, p, Some(max));
                        }
                        false
                    }
                }
            }
            Err(problems) => {
                assert!(!problems.is_empty(), "{name}: a failure without a problem");
                for p in &problems {
                    check_problem(name, p, Some(max));
                }
                false
            }
        }
    }));
    outcome.unwrap_or_else(|_| panic!("{name}: read_table or history::parse panicked"))
}

#[test]
fn every_fuzz_seed_loads_or_fails_cleanly() {
    let reference = Reference::new(&[]).expect("the built-in reference");
    for (target, format) in [
        ("csv", Format::Csv(b',')),
        ("toml", Format::Toml),
        ("sheet", Format::Sheet),
    ] {
        for path in seeds(target) {
            let name = file_name(&path);
            let bytes = std::fs::read(&path).unwrap();
            let errors = check_profile(&name, &bytes, format, &reference);
            let hostile = name.starts_with("hostile-");
            if name.starts_with("good-")
                || name.starts_with("examples-")
                || (target == "sheet" && !hostile)
            {
                assert_eq!(errors, 0, "{target}/{name}: a good seed fails");
            }
            if hostile {
                assert_eq!(
                    errors, 1,
                    "{target}/{name}: a hostile seed is not one error"
                );
            }
            // The dup_id files are broken only together (an id in both).
            if name.starts_with("broken-") && !name.starts_with("broken-dup_id_") {
                assert!(errors > 0, "{target}/{name}: a broken seed loads");
            }
        }
    }
    let mut read = 0;
    for path in seeds("table") {
        read += usize::from(check_table(
            &file_name(&path),
            &std::fs::read(&path).unwrap(),
        ));
    }
    assert!(read > 0, "no table seed reads as a history file");
}

/// The seeds of the structure-aware `container` target, wrapped as the target wraps them:
/// byte 0 picks the part, the rest is its content. `*-good` seeds load; the others (the
/// hostile cases of `hostile_sheets`) are one error each.
#[test]
fn every_container_seed_is_read_as_its_part() {
    let reference = Reference::new(&[]).expect("the built-in reference");
    let xlsx = std::fs::read(data_dir().join("sheets/groups.xlsx")).unwrap();
    let ods = std::fs::read(data_dir().join("sheets/groups.ods")).unwrap();
    for path in seeds("container") {
        let name = file_name(&path);
        let seed = std::fs::read(&path).unwrap();
        let (&which, rest) = seed.split_first().unwrap();
        let (file, bytes) = match which % 4 {
            0 => ("fuzz.xlsx", rezip(&xlsx, "xl/sharedStrings.xml", rest)),
            1 => ("fuzz.xlsx", rezip(&xlsx, "xl/worksheets/sheet1.xml", rest)),
            2 => ("fuzz.ods", rezip(&ods, "content.xml", rest)),
            _ => ("fuzz.xls", compound_file(rest)),
        };
        let errors = check_profile(file, &bytes, Format::Sheet, &reference);
        if name.ends_with("-good.bin") {
            assert_eq!(errors, 0, "container/{name}: a good seed fails");
        } else {
            assert_eq!(
                errors, 1,
                "container/{name}: a hostile seed is not one error"
            );
        }
    }
}

/// A real workbook (`tests/data/sheets/groups.xlsx`) plus one value in the last cell of the
/// sheet, XFD1048576: calamine allocates the whole bounding box (2^34 cells, 512 GiB) and
/// twin aborts on the failed allocation. It should be one `cannot read spreadsheet` problem.
#[test]
fn a_stray_cell_in_the_last_row_and_column_is_a_problem_not_an_abort() {
    let dir = tempfile::tempdir().unwrap();
    let bytes = std::fs::read(data_dir().join("fuzz/sheet-far-cell.bin")).unwrap();
    std::fs::write(dir.path().join("far.xlsx"), bytes).unwrap();
    twin(&["check", "far.xlsx"])
        .in_dir(dir.path())
        .run()
        .code(1)
        .stderr_has("error: far.xlsx")
        .stderr_has("XFD1048576");
}

/// Found by the `container` target in its first minute: a `content.xml` that ends inside a
/// table (here: a cut and garbled copy of the fixture's) made calamine 0.38 loop for ever.
/// twin now refuses it before calamine reads it.
#[test]
fn an_ods_cut_inside_a_table_is_an_error_not_a_hang() {
    let seed = std::fs::read(data_dir().join("fuzz/container-ods-cut-table.bin")).unwrap();
    let ods = std::fs::read(data_dir().join("sheets/groups.ods")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("cut.ods"),
        rezip(&ods, "content.xml", &seed[1..]),
    )
    .unwrap();
    twin(&["match", "cut.ods"])
        .in_dir(dir.path())
        .run()
        .one_error(
            "cut.ods:",
            &[
                "cannot read spreadsheet",
                "zip entry \"content.xml\"",
                "the XML",
            ],
        );
}
