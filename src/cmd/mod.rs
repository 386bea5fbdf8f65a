//! Subcommands, one file each: glue only (load → compute → render → write).

pub mod assign;
pub mod check;
pub mod explain;
pub mod init;
pub mod r#match;

use std::io::Write;

use crate::candidates::reference::why_alone;
use crate::cli::Command;
use crate::error::{Error, Problem, Result};
use crate::input::read_files;
use crate::model::dataset::{Dataset, validate};
use crate::output::sink;
use crate::output::terminal::escape;
use crate::score::{Hundredths, Scoring, format_score};
use crate::settings::Config;

/// Reads and validates `files`; prints warnings and notes on stderr; fails on any problem.
pub fn load(files: &[String], config: &Config) -> Result<Dataset> {
    let (dataset, problems) = load_lenient(files, config)?;
    if problems.is_empty() {
        Ok(dataset)
    } else {
        Err(Error::Invalid(problems))
    }
}

/// Like [`load`], but returns the valid groups together with the problems found.
pub fn load_lenient(files: &[String], config: &Config) -> Result<(Dataset, Vec<Problem>)> {
    let read = read_files(files, &config.input, std::io::stdin().lock())?;
    let summarised = crate::error::summarised;
    for line in summarised(&read.warnings, "warning")
        .iter()
        .chain(&summarised(&read.notes, "note"))
    {
        eprintln_safe(line);
    }
    let validated = validate(read.records, &config.reference);
    for line in summarised(&validated.warnings, "warning")
        .iter()
        .chain(&summarised(&validated.notes, "note"))
    {
        eprintln_safe(line);
    }
    let mut problems = read.problems;
    problems.extend(validated.problems);
    Ok((validated.dataset, problems))
}

/// Prints `text` on stderr, ignoring failures (a closed stderr must not abort the run).
/// Each line is [escaped](crate::output::terminal::escape) on its own, so file text in a
/// warning, note or error (an ESC, a BEL, a bidi override) never reaches the terminal raw,
/// while the message's own line breaks stay.
pub fn eprintln_safe(text: &str) {
    let mut err = std::io::stderr().lock();
    for line in text.split('\n') {
        let _ = writeln!(err, "{}", escape(line));
    }
}

/// Refuses, before any work is done, an output that would write over a file the command
/// reads — a profile file, a `--history` file or the config file, by name or through a
/// link, even with `--force` — and a closed standard output where the output goes there.
///
/// A usage error (exit 2): the data is fine, the command line asks for the impossible,
/// and only another output name fixes it (`--force` must not be suggested).
pub fn protect_inputs(command: &Command, config: &Config) -> Result<()> {
    let none: &[String] = &[];
    let (target, files, history) = match command {
        Command::Match(a) => (a.output.output.as_deref(), &a.files[..], none),
        Command::Assign(a) => (a.output.output.as_deref(), &a.files[..], &a.history[..]),
        Command::Check(a) => (None, &a.files[..], none),
        // Profile files, then the two ids.
        Command::Explain(a) => (None, &a.args[..a.args.len().saturating_sub(2)], none),
        Command::Init(_) => return Ok(()),
    };
    let mut inputs: Vec<(&str, &str)> = files.iter().map(|f| ("input", f.as_str())).collect();
    inputs.extend(history.iter().map(|f| ("history", f.as_str())));
    if let Some(path) = &config.source {
        inputs.push(("config", path));
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
pub fn group_index(ds: &Dataset, id: &str) -> Result<usize> {
    ds.index_of(id).ok_or_else(|| {
        use crate::output::terminal::escape;
        let typed: Vec<char> = id.to_lowercase().chars().collect();
        let best = ds
            .groups
            .iter()
            .filter_map(|g| {
                let known: Vec<char> = g.id.to_lowercase().chars().collect();
                crate::model::normalize::within_reach(&typed, &known).map(|d| (d, g.id.as_str()))
            })
            .min();
        let hint = match best {
            Some((_, best)) => format!(" — did you mean \"{}\"?", escape(best)),
            None => String::new(),
        };
        Error::Usage(format!("no group has the id \"{}\"{hint}", escape(id)))
    })
}

/// Why `group` has no candidate to show: the rules excluding every other group, or the
/// minimum score.
pub fn no_candidate(
    ds: &Dataset,
    scoring: &Scoring,
    group: usize,
    min_score: Hundredths,
) -> String {
    let g = &ds.groups[group];
    let reasons = why_alone(ds, scoring, group);
    if ds.groups.len() == 1 {
        format!("{} has no candidate: it is the only group", g.id)
    } else if reasons.is_empty() {
        format!(
            "{} has no candidate scoring at least {}",
            g.id,
            format_score(min_score)
        )
    } else {
        let detail: Vec<String> = reasons
            .iter()
            .map(|(e, n)| {
                format!(
                    "{} ({n} group{})",
                    e.describe(),
                    if *n == 1 { "" } else { "s" }
                )
            })
            .collect();
        format!("{} has no eligible partner: {}", g.id, detail.join(", "))
    }
}

/// The `-o` extensions twin writes, as told in messages (each is a [`Format::from_path`]).
///
/// [`Format::from_path`]: crate::output::Format::from_path
const EXTENSIONS: &str = ".csv, .json, .txt (a table) or .xlsx";
/// The `--format` values, as told in messages.
const FORMATS: &str = "table, csv, json or xlsx";

/// Whether `path` exists and is neither a file nor a folder (a device, a pipe).
fn is_device(path: &str) -> bool {
    std::fs::metadata(path).is_ok_and(|m| !m.is_file() && !m.is_dir())
}

/// The output format and CSV options `out` asks for, checked before any work is done: CSV
/// options with another format, an `-o` name whose extension names no format twin writes
/// (`plan.ods`, `plan`), or a workbook to a terminal, are usage errors.
pub fn output_choice(
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
            None => {
                return Err(Error::Usage(format!(
                    "twin cannot write {path}: -o takes a file ending in {EXTENSIONS}; add --format {FORMATS} to write that name anyway"
                )));
            }
        },
    };
    if format != Format::Csv && (out.excel || out.out_delimiter.is_some()) {
        let option = if out.excel {
            "--excel"
        } else {
            "--out-delimiter"
        };
        return Err(Error::Usage(format!(
            "{option} applies to CSV output; add --format csv or write to a .csv file"
        )));
    }
    if format == Format::Xlsx && sink::is_terminal(out.output.as_deref()) {
        return Err(Error::Usage(
            "an xlsx workbook is binary and standard output is a terminal: write it to a file with -o FILE.xlsx".into(),
        ));
    }
    let csv = CsvOptions {
        delimiter: out.out_delimiter.unwrap_or(b','),
        bom: out.excel,
    };
    Ok((format, csv))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::Format;

    #[test]
    fn the_extensions_told_in_messages_are_the_ones_twin_writes() {
        let told: Vec<&str> = EXTENSIONS
            .split([' ', ','])
            .filter(|w| w.starts_with('.'))
            .collect();
        assert_eq!(told.len(), 4, "{told:?}");
        for ext in told {
            assert!(Format::from_path(&format!("plan{ext}")).is_some(), "{ext}");
        }
        for name in ["plan.ods", "plan", "plan.xls", "plan.toml"] {
            assert_eq!(Format::from_path(name), None, "{name}");
        }
    }
}
