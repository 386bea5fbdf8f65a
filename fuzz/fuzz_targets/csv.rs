//! Bytes as a `.csv` profile file: decoding, delimiter detection, header matching, records,
//! validation.
#![no_main]

use libfuzzer_sys::fuzz_target;
use twin::input::Format;

mod common;

fuzz_target!(|bytes: &[u8]| {
    common::run(
        "fuzz.csv",
        bytes,
        Format::Csv(b','),
        Some(common::max_lines(bytes)),
    );
});
