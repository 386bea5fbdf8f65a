//! The generic CSV layer (`read_table`) with the options a command line can give, then the
//! pair-list reader on the table.
//!
//! Byte 0 is a delimiter: when it is one `--delimiter` accepts (ASCII, not NUL, `"`, CR or
//! LF) it is forced if bit 0 of byte 1 is set, else it is the extension's default; any other
//! byte gives the default `,`. Bits 1–3 of byte 1 pick a forced `--encoding` (or none). The
//! rest is the file. The decoding and the checks are `twin::testkit::fuzz::table`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    twin::testkit::fuzz::table(data);
});
