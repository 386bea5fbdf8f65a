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
//! write); [`i18n`] holds the three languages and their words (Fluent resources, one
//! lookup); [`cli`] is clap's definition, [`settings`] the configuration, [`error`] problems
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
mod i18n;
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

/// Runs twin on a command line (the program name first): chooses the language, parses the
/// line with its help in that language, and runs it ([`main`]).
pub fn main_with_args(args: Vec<std::ffi::OsString>) -> ExitCode {
    i18n::set(language(&args));
    match cli::parse(&args) {
        Ok(cli) => main(cli),
        Err(e) => {
            // Help and --version print to stdout and succeed; usage errors exit 2, said in
            // the run's language where twin words them (clap's English otherwise).
            if !e.use_stderr() {
                let _ = e.print();
                return ExitCode::Success;
            }
            match output::messages::usage_error(&e) {
                Some(text) => output::messages::status(&text),
                None => {
                    let _ = e.print();
                }
            }
            ExitCode::Usage
        }
    }
}

/// The language of a run, chosen before the command line is parsed (its help is in it):
/// `--lang`, else `lang` in the config (`--config FILE` or ./twin.toml), else the locale,
/// else English. The tag that decides also gives, by its region, the decimal sign of
/// `--excel` CSV (`es-MX` → a point). A config that does not load is reported later, by the
/// command.
fn language(args: &[std::ffi::OsString]) -> i18n::Locale {
    let value = |flag: &str| {
        let mut found = None;
        let mut it = args.iter().skip(1).filter_map(|a| a.to_str());
        while let Some(a) = it.next() {
            if a == "--" {
                break;
            }
            if a == flag {
                found = it.next().map(str::to_string);
            } else if let Some(v) = a.strip_prefix(flag).and_then(|v| v.strip_prefix('=')) {
                found = Some(v.to_string());
            }
        }
        found
    };
    if let Some(locale) = value("--lang").and_then(|v| i18n::from_tag(&v)) {
        return locale;
    }
    let config = value("--config").map(std::path::PathBuf::from);
    if let Some(locale) = Config::load(config.as_deref()).ok().and_then(|c| c.lang) {
        return locale;
    }
    i18n::from_locale(|name| std::env::var(name).ok()).unwrap_or(i18n::Locale::of(i18n::Lang::En))
}

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
