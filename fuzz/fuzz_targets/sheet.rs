//! Bytes as a spreadsheet (`.xlsx`, `.xls`, `.ods`: recognised from the content), through
//! calamine, header matching, records and validation.
#![no_main]

use libfuzzer_sys::fuzz_target;
use twin::input::Format;

mod common;

fuzz_target!(|bytes: &[u8]| {
    common::run("fuzz.xlsx", bytes, Format::Sheet, None);
});
