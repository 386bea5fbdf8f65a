//! twin proposes twinning partnerships between local charity groups in different countries.
//!
//! It loads group profiles, scores every eligible cross-country pair by shared themes and
//! languages, and prints ranked, explained suggestions.
//!
//! Layout: domain logic is pure — [`profile`] (types), [`normalize`] and [`reference`]
//! (names to canonical entries), [`dataset`] (validation), [`score`] (the formula and the
//! rules) and [`rank`] (ordering), [`plan`] (a global plan; algorithms in [`assign`]). [`input`] reads files and [`output`] renders bytes: they
//! are the only edges. [`cmd`] holds one file per subcommand; [`cli`] is clap's definition.

pub mod candidates;
pub mod cli;
pub mod cmd;
pub mod error;
pub mod input;
pub mod model;
pub mod output;
pub mod plan;
pub mod score;
pub mod settings;
pub mod testkit;

use cli::{Cli, Command};
use error::Result;
use settings::Config;

/// Runs a parsed command line.
pub fn run(cli: Cli) -> Result<()> {
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
