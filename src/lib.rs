//! twin proposes twinning partnerships between local charity groups in different countries.
//!
//! It loads group profiles, scores every eligible cross-country pair by shared themes and a
//! common language, prints ranked, explained suggestions, and proposes a plan within every
//! group's capacity.
//!
//! The modules follow the data's path, and each depends only on those before it
//! (`tests/layout.rs` checks that no import cycle exists):
//!
//! 1. [`input`] — bytes → records: CSV dialects and encodings, TOML, spreadsheets (their
//!    containers checked against budgets first), history files. With [`output`], the only
//!    code that touches bytes.
//! 2. [`model`] — profiles, reference data, normalisation of what people type, and
//!    validation of records into a [`Dataset`](model::dataset::Dataset).
//! 3. [`score`] — the formula, the eligibility rules and their one order
//!    ([`score::rules`]), and the packed kernel with the one popcnt dispatch.
//! 4. [`candidates`] — a group's best partners: the one tie-break ([`candidates::order`]),
//!    the reference scan, the fast scan, the profile index, the census, why a group is alone.
//! 5. [`plan`] — a global plan: the lazy stable greedy and the exact optimal plan
//!    ([`plan::matching`]: blossom, reduction, duals, pricing, certificate), with the
//!    summary and reasons as data, and the audit of any plan ([`plan::review`]).
//! 6. [`output`] — every renderer and all human text: tables, CSV, JSON, xlsx, `explain`,
//!    `check`, the plan summary, every line on standard error ([`output::messages`]), and
//!    files written whole or not at all ([`output::sink`]).
//!
//! On top, [`cmd`] holds one file per subcommand, glue only (load → compute → render →
//! write); [`cli`] is clap's definition, [`settings`] the configuration, [`error`] problems
//! and exit codes. Domain logic (model, score, candidates, plan) is pure, free of I/O.
//!
//! The crate's modules are private: the binary calls [`main`]; benchmarks, fuzz targets,
//! examples and integration tests use [`internals`] and [`testkit`], and nothing else.

// The documentation is for maintainers and built with --document-private-items, so links
// to crate-private items resolve.
#![allow(rustdoc::private_intra_doc_links)]

mod candidates;
mod cli;
mod cmd;
mod error;
mod input;
pub mod internals;
mod model;
mod output;
mod plan;
mod score;
mod settings;
pub mod testkit;

pub use cli::Cli;
pub use error::ExitCode;

use cli::Command;
use error::Result;
use settings::Config;

/// Runs a parsed command line to its end: the command's output, then on failure its error
/// on standard error. A reader of standard output that stops early (`| head`) is success.
pub fn main(cli: Cli) -> ExitCode {
    match run(cli) {
        Ok(()) => ExitCode::Success,
        Err(e) if e.is_broken_pipe() => ExitCode::Success,
        Err(e) => {
            output::messages::final_error(&e);
            e.exit_code()
        }
    }
}

/// Runs a parsed command line.
fn run(cli: Cli) -> Result<()> {
    match &cli.command {
        Command::Init(args) => return cmd::init::run(args),
        Command::Completions(args) => return cmd::completions::run(args),
        Command::Man(args) => return cmd::man::run(args),
        _ => {}
    }
    let mut config = Config::load(cli.config.as_deref())?;
    // A twin.toml found in the folder, not named on the command line, is said when it
    // changes results: a coordinator may not know it is there.
    if let (None, Some(file)) = (&cli.config, &config.source) {
        let changes = config.changes();
        if !changes.is_empty() {
            output::messages::note(&output::messages::implicit_config(file, &changes));
        }
    }
    config.input = input::ReadOptions {
        encoding: cli.input.encoding.clone(),
        delimiter: cli.input.delimiter,
        sheet: cli.input.sheet.clone(),
        columns: std::mem::take(&mut config.input.columns),
    };
    cmd::protect_inputs(&cli.command, &config)?;
    match &cli.command {
        Command::Match(args) => cmd::r#match::run(args, &config),
        Command::Explain(args) => cmd::explain::run(args, &config),
        Command::Check(args) => cmd::check::run(args, &config),
        Command::Assign(args) => cmd::assign::run(args, &config),
        Command::Review(args) => cmd::review::run(args, &config),
        Command::Report(args) => cmd::report::run(args, &config),
        Command::Init(_) | Command::Completions(_) | Command::Man(_) => {
            unreachable!("handled above")
        }
    }
}
