//! twin proposes twinning partnerships between local charity groups in different countries.
//!
//! It loads group profiles, scores every eligible cross-country pair by shared themes and
//! languages, and prints ranked, explained suggestions.
//!
//! Layout: domain logic is pure — [`profile`] (types), [`normalize`] and [`reference`]
//! (names to canonical entries), [`dataset`] (validation), [`score`] (the formula and the
//! rules) and [`rank`] (ordering), [`plan`] (a global plan; algorithms in [`assign`]). [`input`] reads files and [`output`] renders bytes: they
//! are the only edges. [`cmd`] holds one file per subcommand; [`cli`] is clap's definition.

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
    if let Command::Init(args) = &cli.command {
        return cmd::init::run(args);
    }
    let mut config = Config::load(cli.config.as_deref())?;
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
        Command::Init(_) => unreachable!("handled above"),
    }
}
