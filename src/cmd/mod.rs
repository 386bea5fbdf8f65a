//! Subcommands, one file each: glue only (load → compute → render → write).
//!
//! A command reads its files ([`load`]), calls the computations of `candidates`, `plan` or
//! `score`, has `output` render the result and `output::sink` write it. No text is made
//! here: every sentence a command prints or returns comes from `output` (`messages` for the
//! lines on standard error and the usage errors).

pub(crate) mod assign;
pub(crate) mod check;
pub(crate) mod completions;
pub(crate) mod explain;
pub(crate) mod init;
pub(crate) mod locks;
pub(crate) mod man;
pub(crate) mod r#match;
pub(crate) mod report;
pub(crate) mod review;

use std::io::IsTerminal;

use crate::cli::Command;
use crate::error::{Error, Problem, Result};
use crate::input::read_files;
use crate::model::dataset::{Dataset, validate};
use crate::output::messages::{self, Severity};
use crate::output::sink::{self, Role};
use crate::settings::Config;

/// Reads and validates `files`; prints warnings and notes on stderr; fails on any problem.
pub(crate) fn load(files: &[String], config: &Config) -> Result<Dataset> {
    let (dataset, problems) = load_lenient(files, config)?;
    if problems.is_empty() {
        Ok(dataset)
    } else {
        Err(Error::Invalid(problems))
    }
}

/// Like [`load`], but returns the valid groups together with the problems found.
pub(crate) fn load_lenient(files: &[String], config: &Config) -> Result<(Dataset, Vec<Problem>)> {
    let (read, validated) = {
        // The bar is cleared before the messages; none over what someone types on stdin.
        let typed = files.iter().any(|f| f == "-") && std::io::stdin().is_terminal();
        let _bar = (!typed).then(|| crate::output::progress::loading(files));
        let mut read = read_files(files, &config.input, std::io::stdin().lock())?;
        let records = std::mem::take(&mut read.records);
        (read, validate(records, &config.reference))
    };
    messages::problems(Severity::Warning, &read.warnings);
    messages::problems(Severity::Note, &read.notes);
    messages::problems(Severity::Warning, &validated.warnings);
    messages::problems(Severity::Note, &validated.notes);
    let mut problems = read.problems;
    problems.extend(validated.problems);
    Ok((validated.dataset, problems))
}

/// Refuses, before any work is done, an output that would write over a file the command
/// reads — a profile file, a `--history` file or the config file, by name or through a
/// link, even with `--force` — and a closed standard output where the output goes there.
///
/// A usage error (exit 2): the data is fine, the command line asks for the impossible,
/// and only another output name fixes it (`--force` must not be suggested).
pub(crate) fn protect_inputs(command: &Command, config: &Config) -> Result<()> {
    let none = crate::cli::PairListArgs::default();
    let (target, files, lists) = match command {
        Command::Match(a) => (a.output.output.as_deref(), &a.files[..], &a.pairs),
        Command::Assign(a) => (a.output.output.as_deref(), &a.files[..], &a.plan.pairs),
        Command::Review(a) => (a.output.output.as_deref(), &a.files[..], &a.plan.pairs),
        Command::Report(a) => (a.output.as_deref(), &a.files[..], &a.plan.pairs),
        Command::Check(a) => (None, &a.files[..], &none),
        // Profile files, then the two ids.
        Command::Explain(a) => (None, &a.args[..a.args.len().saturating_sub(2)], &a.pairs),
        Command::Init(_) | Command::Completions(_) | Command::Man(_) => return Ok(()),
    };
    let mut inputs: Vec<(Role, &str)> = files.iter().map(|f| (Role::Input, f.as_str())).collect();
    inputs.extend(lists.files().map(|(role, f)| (Role::List(role), f)));
    if let Command::Review(a) = command {
        inputs.push((
            Role::List(crate::input::pairs::ListRole::Plan),
            &a.plan_file,
        ));
    }
    if let Some(path) = &config.source {
        inputs.push((Role::Config, path));
    }
    sink::check_not_input(target, &inputs)?;
    if matches!(target, None | Some("-")) {
        sink::check_stdout()?;
    }
    Ok(())
}

/// The dataset index of `id`, or a usage error with the closest id: ignoring case, within
/// the edits [`within_reach`](crate::model::normalize::within_reach) allows (the rule for every
/// "did you mean").
pub(crate) fn group_index(ds: &Dataset, id: &str) -> Result<usize> {
    ds.index_of(id)
        .ok_or_else(|| Error::Usage(messages::unknown_group(id, closest_id(ds, id))))
}

/// The known id closest to `id` (an unknown one), ignoring case, within the edits
/// [`within_reach`](crate::model::normalize::within_reach) allows; the nearest, then the
/// first by id.
pub(crate) fn closest_id<'d>(ds: &'d Dataset, id: &str) -> Option<&'d str> {
    let typed: Vec<char> = id.to_lowercase().chars().collect();
    ds.groups
        .iter()
        .filter_map(|g| {
            let known: Vec<char> = g.id.to_lowercase().chars().collect();
            crate::model::normalize::within_reach(&typed, &known).map(|d| (d, g.id.as_str()))
        })
        .min()
        .map(|(_, id)| id)
}

/// Writes a plan's pairs (best first) where `out` says, in `format`: as a ranked list, or
/// seen from each group (`--layout groups`), with the plan's `summary` where the format
/// holds one.
#[allow(clippy::too_many_arguments)]
pub(crate) fn write_plan(
    ds: &Dataset,
    config: &Config,
    pairs: &[crate::candidates::order::Pair],
    layout: crate::cli::PlanLayout,
    summary: Option<&crate::plan::Summary>,
    format: crate::output::Format,
    csv: crate::output::CsvOptions,
    out: &crate::cli::OutputArgs,
) -> Result<()> {
    use crate::output::{self, Layout};
    let (pairs, ranks, layout) = match layout {
        crate::cli::PlanLayout::Pairs => {
            (pairs.to_vec(), (1..=pairs.len()).collect(), Layout::Pairs)
        }
        crate::cli::PlanLayout::Groups => {
            let (pairs, ranks) = output::by_group(pairs);
            (pairs, ranks, Layout::Groups)
        }
    };
    let export = output::Export {
        ds,
        reference: &config.reference,
        pairs: &pairs,
        ranks: &ranks,
    };
    sink::write_with(out.output.as_deref(), out.force, |w| {
        let look = output::Look {
            csv,
            fit: sink::terminal_width(out.output.as_deref()),
            names: Some(&config.reference),
        };
        output::write(format, &|| export.rows(), None, layout, summary, look, w)
    })?;
    Ok(())
}

/// Whether `path` exists and is neither a file nor a folder (a device, a pipe).
fn is_device(path: &str) -> bool {
    std::fs::metadata(path).is_ok_and(|m| !m.is_file() && !m.is_dir())
}

/// The output format and CSV options `out` asks for, checked before any work is done: CSV
/// options with another format, an `-o` name whose extension names no format twin writes
/// (`plan.ods`, `plan`), or a workbook to a terminal, are usage errors.
pub(crate) fn output_choice(
    out: &crate::cli::OutputArgs,
) -> Result<(crate::output::Format, crate::output::CsvOptions)> {
    use crate::output::{CsvOptions, Format};
    if let Some(path) = out.output.as_deref().filter(|p| *p != "-") {
        sink::check_not_folder(path)?;
    }
    let format = match (out.format, out.output.as_deref()) {
        (Some(format), _) => format,
        (None, None | Some("-")) => Format::Table,
        (None, Some(path)) => match Format::from_path(path) {
            Some(format) => format,
            // A device or a pipe (-o /dev/null) has no extension to go by.
            None if is_device(path) => Format::Table,
            None => return Err(Error::Usage(messages::unknown_extension(path))),
        },
    };
    if format != Format::Csv && (out.excel || out.out_delimiter.is_some()) {
        let option = if out.excel {
            "--excel"
        } else {
            "--out-delimiter"
        };
        return Err(Error::Usage(messages::csv_option_without_csv(option)));
    }
    if format == Format::Xlsx && sink::is_terminal(out.output.as_deref()) {
        return Err(Error::Usage(messages::xlsx_to_terminal()));
    }
    let csv = CsvOptions::new(out.excel, out.out_delimiter, crate::i18n::locale());
    Ok((format, csv))
}
