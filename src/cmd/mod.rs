//! Subcommands, one file each: glue only (load → compute → render → write).

pub mod assign;
pub mod check;
pub mod explain;
pub mod init;
pub mod r#match;

use std::io::Write;

use crate::config::Config;
use crate::dataset::{Dataset, validate};
use crate::error::{Error, Problem, Result};
use crate::input::read_files;
use crate::rank::why_alone;
use crate::score::{Hundredths, Scoring, format_score};

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
    for line in summarised(&validated.notes, "note") {
        eprintln_safe(&line);
    }
    let mut problems = read.problems;
    problems.extend(validated.problems);
    Ok((validated.dataset, problems))
}

/// Prints a line on stderr, ignoring failures (a closed stderr must not abort the run).
pub fn eprintln_safe(line: &str) {
    let _ = writeln!(std::io::stderr().lock(), "{line}");
}

/// The dataset index of `id`, or a usage error with the closest ids.
pub fn group_index(ds: &Dataset, id: &str) -> Result<usize> {
    ds.index_of(id).ok_or_else(|| {
        let mut close: Vec<(f64, &str)> = ds
            .groups
            .iter()
            .map(|g| {
                (
                    strsim::jaro_winkler(&g.id.to_lowercase(), &id.to_lowercase()),
                    g.id.as_str(),
                )
            })
            .filter(|(s, _)| *s >= 0.8)
            .collect();
        close.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
        let hint = match close.first() {
            Some((_, best)) => format!(" — did you mean \"{best}\"?"),
            None => String::new(),
        };
        Error::Usage(format!("no group has the id \"{id}\"{hint}"))
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

/// The output format and CSV options `out` asks for, checked before any work is done: CSV
/// options with another format, or a workbook to a terminal, are usage errors.
pub fn output_choice(
    out: &crate::cli::OutputArgs,
) -> Result<(crate::output::Format, crate::output::CsvOptions)> {
    use crate::output::{CsvOptions, Format, sink};
    let format = out
        .format
        .or_else(|| out.output.as_deref().and_then(Format::from_path))
        .unwrap_or(Format::Table);
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
