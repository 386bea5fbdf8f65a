//! Bytes as a `.toml` profile file: UTF-8 check, TOML parsing, records, validation. The body
//! and its checks are `twin::testkit::fuzz::toml`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    twin::testkit::fuzz::toml(bytes);
});
