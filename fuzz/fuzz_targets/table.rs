//! The generic CSV layer (`read_table`) with the options a command line can give, then the
//! history reader on the table.
//!
//! Byte 0 is a delimiter: when it is one `--delimiter` accepts (ASCII, not NUL, `"`, CR or
//! LF) it is forced if bit 0 of byte 1 is set, else it is the extension's default; any other
//! byte gives the default `,`. Bits 1–3 of byte 1 pick a forced `--encoding` (or none). The
//! rest is the file.
#![no_main]

use libfuzzer_sys::fuzz_target;
use twin::input::{ReadOptions, history, read_table};

mod common;

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

fuzz_target!(|data: &[u8]| {
    let [delimiter, flags, bytes @ ..] = data else {
        return;
    };
    let accepted = delimiter.is_ascii() && !b"\0\"\r\n".contains(delimiter);
    let options = ReadOptions {
        encoding: ENCODINGS[usize::from((flags >> 1) & 7)].map(str::to_string),
        delimiter: (accepted && flags & 1 == 1).then_some(*delimiter),
        sheet: None,
        columns: Vec::new(),
    };
    let default = if accepted { *delimiter } else { b',' };
    let name = "fuzz.csv";
    match read_table(name, bytes, default, &options) {
        Ok(table) => {
            let max = common::max_lines(bytes);
            assert!((1..=max).contains(&table.header_line));
            assert!(table.header.len() <= table.header_width);
            let mut previous = table.header_line;
            for row in &table.rows {
                assert!(row.line > previous, "rows out of order");
                assert!(row.line <= max, "row line {} of {max}", row.line);
                previous = row.line;
            }
            for p in &table.notes {
                common::check_problem(name, p, Some(max));
            }
            match history::parse(name, &table) {
                Ok(pairs) => {
                    for pair in pairs {
                        assert_eq!(pair.file, name);
                        assert!((1..=max).contains(&pair.line));
                    }
                }
                Err(problems) => {
                    assert!(!problems.is_empty(), "a failure without a problem");
                    for p in &problems {
                        common::check_problem(name, p, Some(max));
                    }
                }
            }
        }
        Err(problems) => {
            assert!(!problems.is_empty(), "a failure without a problem");
            for p in &problems {
                common::check_problem(name, p, Some(common::max_lines(bytes)));
            }
        }
    }
});
