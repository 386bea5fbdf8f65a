//! The fuzzers' inputs as tests: the seed corpora in `fuzz/seeds/<target>/` (see
//! `fuzz/README.md`) must keep loading or failing cleanly, so the fuzzers start from valid
//! and meaningful files; `good-*`, `examples-*` and the sheets must load without a problem,
//! `broken-*` must fail with one (but `broken-dup_id_*`, broken only together).
//!
//! Each seed goes through its target's own body, `twin::testkit::fuzz` (the decoding of the
//! `table` and `container` targets and every check: no panic, a record never vanishes
//! without a problem, every problem names the file it was given, lines lie in the file).
//!
//! Inputs that once crashed or hung go in `tests/data/fuzz/<target>-<name>.bin`, each with a
//! test here (or in the module it concerns). The first campaign found none; the `container`
//! target found two (`container-ods-cut-table.bin` below, `container-xls-short-bof.bin` in
//! `src/input/sheet.rs`); `sheet-far-cell.bin` was made by hand while reviewing the sheet
//! reader, which now refuses a used area that large with a message naming the cell.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::PathBuf;

use twin::testkit::fuzz;

use crate::harness::{data_dir, root_dir, twin};

/// The files of `fuzz/seeds/<target>/`, sorted: (file name, bytes).
fn seeds(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = root_dir().join("fuzz").join("seeds").join(target);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no seed in {}", dir.display());
    files
        .iter()
        .map(|path| {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read(path).unwrap())
        })
        .collect()
}

/// Runs target `target`'s body (`twin::testkit::fuzz`) on seed `name`; a failed check or a
/// panic of twin fails the test naming the seed (the message above it says which check).
fn replay<T>(target: &str, name: &str, body: impl FnOnce() -> T) -> T {
    catch_unwind(AssertUnwindSafe(body)).unwrap_or_else(|_| {
        panic!("{target}/{name}: a check of the target failed, or twin panicked")
    })
}

#[test]
fn every_fuzz_seed_loads_or_fails_cleanly() {
    let targets = [
        ("csv", fuzz::csv as fn(&[u8]) -> fuzz::Checked),
        ("toml", fuzz::toml),
        ("sheet", fuzz::sheet),
    ];
    for (target, body) in targets {
        for (name, bytes) in seeds(target) {
            let errors = replay(target, &name, || body(&bytes)).errors;
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
    for (name, data) in seeds("table") {
        let history = replay("table", &name, || fuzz::table(&data));
        let history = history.unwrap_or_else(|| panic!("table/{name}: fewer than two bytes"));
        read += usize::from(history);
    }
    assert!(read > 0, "no table seed reads as a history file");
}

/// The seeds of the structure-aware `container` target, wrapped as the target wraps them
/// (byte 0 picks the part, the rest is its content). `*-good` seeds load; the others (the
/// hostile cases of `hostile_sheets`) are one error each.
#[test]
fn every_container_seed_is_read_as_its_part() {
    for (name, seed) in seeds("container") {
        let checked = replay("container", &name, || fuzz::container(&seed));
        let errors = checked
            .unwrap_or_else(|| panic!("container/{name}: empty"))
            .errors;
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
    let (name, ods) = fuzz::container_input(&seed).unwrap();
    assert_eq!(name, "fuzz.ods");
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("cut.ods"), ods).unwrap();
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
