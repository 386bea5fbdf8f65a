//! The bodies of the fuzz targets (`fuzz/fuzz_targets/`, see `fuzz/README.md`): how each turns
//! the fuzzer's bytes into an input, and what it checks. The targets are one call each, and
//! `tests/cli/fuzz_regressions.rs` replays their seeds through the same functions. A failed
//! check panics, as libFuzzer wants.
//!
//! Profile targets (`csv`, `toml`, `sheet`, `container`) check that the reader and the
//! validator never panic, that a record never vanishes without a problem, and that every
//! problem names the file it was given, at a line inside the file.

use std::sync::OnceLock;

use super::workbook::{Packing, compound_file, entries, zip_replacing};
use crate::error::Problem;
use crate::input::sheet_limits::MAX_SHEET_CELLS;
use crate::input::{InputFormat, Loaded, ReadOptions, pairs, parse_bytes, read_table};
use crate::model::dataset::validate;
use crate::model::reference::Reference;

/// What a profile target saw: the records read and the errors (reader and validator).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Checked {
    /// Records the reader produced.
    pub records: usize,
    /// Errors of the reader and of the validator (warnings and notes not counted).
    pub errors: usize,
}

/// The `csv` target: bytes as `fuzz.csv`.
pub fn csv(bytes: &[u8]) -> Checked {
    profile(
        "fuzz.csv",
        bytes,
        InputFormat::Csv(b','),
        Some(max_lines(bytes)),
    )
}

/// The `toml` target: bytes as `fuzz.toml`.
pub fn toml(bytes: &[u8]) -> Checked {
    profile(
        "fuzz.toml",
        bytes,
        InputFormat::Toml,
        Some(max_lines(bytes)),
    )
}

/// The `sheet` target: bytes as a spreadsheet (xlsx, xls or ods, recognised from the
/// content); a sheet's rows are not lines, so line numbers are not bounded.
pub fn sheet(bytes: &[u8]) -> Checked {
    profile("fuzz.xlsx", bytes, InputFormat::Sheet, None)
}

/// The `container` target: [`container_input`]'s workbook, checked as by [`sheet`], and no
/// more records than a sheet may hold. `None` for empty input.
pub fn container(data: &[u8]) -> Option<Checked> {
    let (name, bytes) = container_input(data)?;
    let checked = profile(name, &bytes, InputFormat::Sheet, None);
    assert!(
        checked.records as u64 <= MAX_SHEET_CELLS,
        "{} records",
        checked.records
    );
    Some(checked)
}

/// The `container` target's decoding: byte 0 % 4 picks a part of a valid workbook, the rest
/// is its content — 0: `xl/sharedStrings.xml`, 1: `xl/worksheets/sheet1.xml` (in
/// `tests/data/sheets/groups.xlsx`), 2: `content.xml` (in `groups.ods`), each archive
/// written again with every entry stored; 3: the BIFF8 `Workbook` stream of an `.xls`
/// ([`compound_file`]). Returns the file name and its bytes; `None` for empty input.
pub fn container_input(data: &[u8]) -> Option<(&'static str, Vec<u8>)> {
    let (&which, rest) = data.split_first()?;
    Some(match which % 4 {
        0 => (
            "fuzz.xlsx",
            zip_replacing(xlsx_parts(), "xl/sharedStrings.xml", rest, Packing::Stored),
        ),
        1 => (
            "fuzz.xlsx",
            zip_replacing(
                xlsx_parts(),
                "xl/worksheets/sheet1.xml",
                rest,
                Packing::Stored,
            ),
        ),
        2 => (
            "fuzz.ods",
            zip_replacing(ods_parts(), "content.xml", rest, Packing::Stored),
        ),
        _ => ("fuzz.xls", compound_file(rest)),
    })
}

/// The entries of `tests/data/sheets/groups.xlsx`, read once.
fn xlsx_parts() -> &'static [(String, Vec<u8>)] {
    static PARTS: OnceLock<Vec<(String, Vec<u8>)>> = OnceLock::new();
    PARTS.get_or_init(|| entries(include_bytes!("../../tests/data/sheets/groups.xlsx")))
}

/// The entries of `tests/data/sheets/groups.ods`, read once.
fn ods_parts() -> &'static [(String, Vec<u8>)] {
    static PARTS: OnceLock<Vec<(String, Vec<u8>)>> = OnceLock::new();
    PARTS.get_or_init(|| entries(include_bytes!("../../tests/data/sheets/groups.ods")))
}

/// The `--encoding` values bits 1–3 of the `table` target's byte 1 pick.
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

/// The `table` target's decoding. Byte 0 is a delimiter: when `--delimiter` would accept it
/// (ASCII, not NUL, `"`, CR or LF) it is forced if bit 0 of byte 1 is set, else it is the
/// default; any other byte gives the default `,`. Bits 1–3 of byte 1 pick a forced
/// `--encoding`: none, none, utf-8, windows-1252, utf-16le, utf-16be, iso-8859-15 or
/// shift_jis. The rest is the file. Returns the options, the default
/// delimiter and the file; `None` for fewer than two bytes.
pub fn table_input(data: &[u8]) -> Option<(ReadOptions, u8, &[u8])> {
    let [delimiter, flags, bytes @ ..] = data else {
        return None;
    };
    let accepted = delimiter.is_ascii() && !b"\0\"\r\n".contains(delimiter);
    let options = ReadOptions {
        encoding: ENCODINGS[usize::from((flags >> 1) & 7)].map(str::to_string),
        delimiter: (accepted && flags & 1 == 1).then_some(*delimiter),
        sheet: None,
        columns: Vec::new(),
    };
    let default = if accepted { *delimiter } else { b',' };
    Some((options, default, bytes))
}

/// The `table` target: [`table_input`]'s file through `read_table` as `fuzz.csv`, then the
/// pair-list reader (as a history file) on the table. Checks: a failure has a problem, problems name the file, the
/// header and the rows are in order and inside the file. Returns whether both succeeded;
/// `None` for fewer than two bytes.
pub fn table(data: &[u8]) -> Option<bool> {
    let (options, default, bytes) = table_input(data)?;
    let name = "fuzz.csv";
    let max = max_lines(bytes);
    let failed = |problems: &[Problem]| {
        assert!(!problems.is_empty(), "a failure without a problem");
        for p in problems {
            check_problem(name, p, Some(max));
        }
        false
    };
    Some(match read_table(name, bytes, default, &options) {
        Ok(table) => {
            assert!((1..=max).contains(&table.header_line));
            assert!(table.header.len() <= table.header_width);
            let mut previous = table.header_line;
            for row in &table.rows {
                assert!(row.line > previous, "rows out of order");
                assert!(row.line <= max, "row line {} of {max}", row.line);
                previous = row.line;
            }
            for p in &table.notes {
                check_problem(name, p, Some(max));
            }
            match pairs::parse(name, &table, pairs::ListRole::History) {
                Ok(pairs) => {
                    for pair in pairs {
                        assert_eq!(pair.file, name);
                        assert!((1..=max).contains(&pair.line));
                    }
                    true
                }
                Err(problems) => failed(&problems),
            }
        }
        Err(problems) => failed(&problems),
    })
}

/// The built-in reference tables, built once per process.
pub fn reference() -> &'static Reference {
    static REFERENCE: OnceLock<Reference> = OnceLock::new();
    REFERENCE.get_or_init(|| Reference::new(&[]).expect("the built-in reference"))
}

/// An upper bound on the lines of a text file: every line ends in `\n`, `\r\n` or `\r`.
pub fn max_lines(bytes: &[u8]) -> u64 {
    bytes.iter().filter(|&&b| b == b'\n' || b == b'\r').count() as u64 + 1
}

/// Checks one problem (error, warning or note) of file `name`: it names the file, says
/// something, and its line (if any) is in `1..=max_line`.
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

/// Reads `bytes` as file `name` in `format`, validates the records, and checks the outcome:
/// records and problems name the file, at lines in `1..=max_line` (text formats; a sheet's
/// rows are not lines), no more groups than records and no record rejected without an
/// error, groups sorted by unique id.
pub fn profile(name: &str, bytes: &[u8], format: InputFormat, max_line: Option<u64>) -> Checked {
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
    let errors = loaded.problems.len() + validated.problems.len();
    if errors == 0 {
        assert_eq!(groups, records, "records rejected without a problem");
    }
    for w in validated.dataset.groups.windows(2) {
        assert!(w[0].id < w[1].id, "groups not sorted by unique id");
    }
    Checked { records, errors }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_container_target_picks_the_part_by_byte_zero() {
        assert_eq!(container_input(&[]), None);
        let (name, xls) = container_input(&[7, b'x']).unwrap();
        assert_eq!((name, xls), ("fuzz.xls", compound_file(b"x")));
        for (which, name, part) in [
            (4u8, "fuzz.xlsx", "xl/sharedStrings.xml"),
            (1, "fuzz.xlsx", "xl/worksheets/sheet1.xml"),
            (2, "fuzz.ods", "content.xml"),
        ] {
            let (got, bytes) = container_input(&[which, b'<', b'x']).unwrap();
            assert_eq!(got, name);
            let parts = entries(&bytes);
            assert_eq!(parts.iter().find(|(n, _)| n == part).unwrap().1, b"<x");
            let others = if name == "fuzz.ods" {
                ods_parts()
            } else {
                xlsx_parts()
            };
            assert_eq!(parts.len(), others.len());
        }
    }

    #[test]
    fn the_table_target_decodes_its_two_option_bytes() {
        assert!(table_input(b";").is_none());
        let (options, default, bytes) = table_input(b";\x05a;b\n").unwrap();
        assert_eq!(
            (options.delimiter, options.encoding.as_deref(), default),
            (Some(b';'), Some("utf-8"), b';')
        );
        assert_eq!(bytes, b"a;b\n");
        let (options, default, _) = table_input(b"\"\x01").unwrap();
        assert_eq!(
            (options.delimiter, options.encoding, default),
            (None, None, b',')
        );
        let (options, default, _) = table_input(b"\t\x0e").unwrap();
        assert_eq!(
            (options.delimiter, options.encoding.as_deref(), default),
            (None, Some("shift_jis"), b'\t')
        );
    }

    #[test]
    fn a_valid_file_passes_every_check_and_counts_no_error() {
        let csv =
            b"id,name,country,languages,themes\nFR-1,Lyon,FR,fr,health\nPE-1,Lima,PE,es,health\n";
        assert_eq!(
            super::csv(csv),
            Checked {
                records: 2,
                errors: 0
            }
        );
        let broken = b"id,name,country,languages,themes\nFR-1,Lyon,XX,fr,health\n";
        assert_eq!(super::csv(broken).errors, 1);
        assert_eq!(
            table(b",\x00id_a,id_b\nFR-1,PE-1\n"),
            Some(true),
            "a history file"
        );
    }
}
