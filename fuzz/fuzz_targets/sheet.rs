//! Bytes as a spreadsheet (`.xlsx`, `.xls`, `.ods`: recognised from the content), through
//! calamine, header matching, records and validation. The body and its checks are
//! `twin::testkit::fuzz::sheet`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    twin::testkit::fuzz::sheet(bytes);
});
