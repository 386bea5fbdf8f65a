//! Structure-aware: the fuzzer's bytes become one part of a valid workbook, so every
//! mutation reaches calamine's parsers instead of failing the zip checksum. Byte 0 picks the
//! part; the rest is its content:
//!
//! | byte 0 % 4 | the rest is | wrapped in |
//! |---|---|---|
//! | 0 | `xl/sharedStrings.xml` | `tests/data/sheets/groups.xlsx`, stored (uncompressed) |
//! | 1 | `xl/worksheets/sheet1.xml` | the same |
//! | 2 | `content.xml` | `tests/data/sheets/groups.ods`, stored |
//! | 3 | the BIFF8 `Workbook` stream | a version-3 OLE compound file, as Excel writes it |
//!
//! Checks: those of the `sheet` target (no panic, problems name the file), and no more
//! records than a sheet may hold. The decoding and the checks are
//! `twin::testkit::fuzz::container`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: &[u8]| {
    twin::testkit::fuzz::container(input);
});
