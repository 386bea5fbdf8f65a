//! Bytes as a `.csv` profile file: decoding, delimiter detection, header matching, records,
//! validation. The body and its checks are `twin::testkit::fuzz::csv`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    twin::testkit::fuzz::csv(bytes);
});
