//! Integration and snapshot tests of the `twin` command line, as one test binary.
//!
//! Each area of the contract has its own module under `tests/cli/`; they share the fluent
//! harness in `tests/cli/harness.rs`. Fixtures live in `tests/data/good/` and
//! `tests/data/broken/`; snapshots (insta) in `tests/snapshots/`.
//!
//! Run with `cargo test --test cli`; accept new snapshots with
//! `INSTA_UPDATE=always cargo test --test cli`, then review the `.snap` files.

#[path = "cli/harness.rs"]
mod harness;

#[path = "cli/good_inputs.rs"]
mod good_inputs;

#[path = "cli/determinism.rs"]
mod determinism;

#[path = "cli/contract.rs"]
mod contract;

#[path = "cli/snapshots.rs"]
mod snapshots;

#[path = "cli/broken.rs"]
mod broken;

#[path = "cli/usage.rs"]
mod usage;

#[path = "cli/output_file.rs"]
mod output_file;

#[path = "cli/init.rs"]
mod init;

#[path = "cli/pipe.rs"]
mod pipe;

#[path = "cli/fuzz.rs"]
mod fuzz;

#[path = "cli/encodings.rs"]
mod encodings;

#[path = "cli/sheets.rs"]
mod sheets;

#[path = "cli/fuzz_regressions.rs"]
mod fuzz_regressions;

#[path = "cli/assign.rs"]
mod assign;

#[path = "cli/readme.rs"]
mod readme;

#[path = "cli/validation.rs"]
mod validation;

#[path = "cli/signals.rs"]
mod signals;

#[path = "cli/terminal.rs"]
mod terminal;

#[path = "cli/text_inputs.rs"]
mod text_inputs;

#[path = "cli/limits.rs"]
mod limits;

#[path = "cli/hostile_sheets.rs"]
mod hostile_sheets;

#[path = "cli/sheet_structure_fuzz.rs"]
mod sheet_structure_fuzz;
