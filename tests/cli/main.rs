//! Integration and snapshot tests of the `twin` command line, as one test binary: the
//! folder `tests/cli/`, this file and one module per area of the contract.
//!
//! The modules share the fluent harness in `harness.rs`; generators, workbook builders and
//! the fuzz targets' checks come from `twin::testkit`. Fixtures live in `tests/data/good/`
//! and `tests/data/broken/`; snapshots (insta) in `tests/snapshots/`.
//!
//! Run with `cargo test --test cli`; accept new snapshots with
//! `INSTA_UPDATE=always cargo test --test cli`, then review the `.snap` files.

mod assign;
mod broken;
mod completions;
mod contract;
mod determinism;
mod encodings;
mod explain_group;
mod fuzz;
mod fuzz_regressions;
mod good_inputs;
mod harness;
mod hostile_sheets;
mod init;
mod lang;
mod lang_explain;
mod lang_input;
mod lang_messages;
mod lang_profiles;
mod lang_scan;
mod lang_workbook;
mod layout_groups;
mod libreoffice;
mod limits;
mod locks;
mod methods;
mod output_file;
mod pipe;
mod progress;
mod readme;
mod report;
mod review;
mod sheet_structure_fuzz;
mod sheets;
mod signals;
mod snapshots;
mod terminal;
mod text_inputs;
mod usage;
mod validation;
