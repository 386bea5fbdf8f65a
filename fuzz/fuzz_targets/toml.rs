//! Bytes as a `.toml` profile file: UTF-8 check, TOML parsing, records, validation.
#![no_main]

use libfuzzer_sys::fuzz_target;
use twin::input::Format;

mod common;

fuzz_target!(|bytes: &[u8]| {
    common::run(
        "fuzz.toml",
        bytes,
        Format::Toml,
        Some(common::max_lines(bytes)),
    );
});
