//! Errors, problems and exit codes.
//!
//! A [`Problem`] is one thing wrong with the input, located by file and line; twin collects
//! every problem it can find before giving up, so a coordinator fixes a file in one pass.
//! [`Error`] is what a command returns; [`Error::exit_code`] maps it onto the exit-code
//! contract: 0 success, 1 invalid input or I/O failure, 2 usage error.
//!
//! Problems reach the terminal through `output::messages` (`problem_lines`): the same
//! problem on a million rows is printed [`REPEATS_SHOWN`] times, then one line counts the
//! rest. Collected through [`push_folded`], such repeats are not even kept: past
//! [`REPEATS_SHOWN`] they only add to a count, so a million bad rows cost memory for a few
//! problems. How an error is told on the terminal is `output::messages::report`'s job.

use std::collections::HashMap;
use std::fmt;

/// How many problems with the same file and message are printed before the rest are counted
/// in one line ("… and 999,990 more rows with the same problem").
pub const REPEATS_SHOWN: usize = 10;

/// The exit-code contract scripts can rely on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitCode {
    Success = 0,
    Problems = 1,
    Usage = 2,
}

/// One problem with the input, located as precisely as twin can.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file as the user named it (`-` for standard input shows as `<stdin>`).
    pub file: String,
    /// The 1-based line where the record (or the offending value) starts.
    pub line: Option<u64>,
    /// What is wrong, naming the field and value, with a suggestion when there is one.
    pub message: String,
    /// How many more lines of the file have this same problem, folded into this one (see
    /// [`fold_repeats`]); 0 for a problem standing alone.
    pub repeats: u64,
    /// The last line of those repeats.
    pub last_line: Option<u64>,
}

impl Problem {
    pub fn new(file: impl Into<String>, line: Option<u64>, message: impl Into<String>) -> Self {
        Self {
            file: file.into(),
            line,
            message: message.into(),
            repeats: 0,
            last_line: None,
        }
    }
}

/// How many problems a list stands for, the folded repeats included.
pub(crate) fn count(problems: &[Problem]) -> u64 {
    problems.iter().map(|p| 1 + p.repeats).sum()
}

/// Lists shorter than this are never folded.
pub(crate) const FOLD_FROM: usize = 1024;

/// Adds `problem` to `problems`, folding repeats (see [`fold_repeats`]) whenever the list is
/// full, so that a list of a million identical problems holds [`REPEATS_SHOWN`] of them.
///
/// # Complexity
/// Amortised O(1) per problem: a fold either halves the list or is followed by a doubling of
/// its capacity.
pub(crate) fn push_folded(problems: &mut Vec<Problem>, problem: Problem) {
    if problems.len() >= FOLD_FROM && problems.len() == problems.capacity() {
        fold_repeats(problems);
        if problems.len() > problems.capacity() / 2 {
            problems.reserve(problems.capacity());
        }
    }
    problems.push(problem);
}

/// Keeps the first [`REPEATS_SHOWN`] problems of each file and message and folds the others
/// into the last one kept (its `repeats` and `last_line`); order is kept.
///
/// # Complexity
/// O(n).
pub(crate) fn fold_repeats(problems: &mut Vec<Problem>) {
    // For each problem: None to keep it, or the index of the problem it folds into.
    let into: Vec<Option<usize>> = {
        let mut seen: HashMap<(&str, &str), (usize, usize)> = HashMap::new();
        problems
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let entry = seen.entry((&p.file, &p.message)).or_insert((0, i));
                if entry.0 < REPEATS_SHOWN {
                    *entry = (entry.0 + 1, i);
                    None
                } else {
                    Some(entry.1)
                }
            })
            .collect()
    };
    let old = std::mem::replace(problems, Vec::with_capacity(problems.capacity()));
    let mut new_index = vec![usize::MAX; old.len()];
    for ((i, p), into) in old.into_iter().enumerate().zip(into) {
        match into {
            None => {
                new_index[i] = problems.len();
                problems.push(p);
            }
            Some(j) => {
                let kept = &mut problems[new_index[j]];
                kept.repeats += 1 + p.repeats;
                kept.last_line = p.last_line.or(p.line).or(kept.last_line);
            }
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}: {}", self.file, line, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

/// Why a command failed.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The input (profiles or config) is invalid; every problem found is listed. (Its
    /// `Display` gives the count; the terminal shows each problem, see `output::messages`.)
    #[error("{}", crate::i18n::tr("check-problems", &[("count", count(.0).into())]))]
    Invalid(Vec<Problem>),
    /// Reading or writing a file failed.
    #[error("{path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    /// Something the user asked for is refused as a whole (e.g. replacing a file without --force).
    #[error("{0}")]
    Refused(String),
    /// The command line is wrong in a way clap cannot see (e.g. an unknown group id).
    #[error("{0}")]
    Usage(String),
}

impl Error {
    pub fn io(path: impl Into<String>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }

    pub fn exit_code(&self) -> ExitCode {
        match self {
            Error::Usage(_) => ExitCode::Usage,
            _ => ExitCode::Problems,
        }
    }

    /// True when the failure is a closed pipe on standard output (`twin match … | head`),
    /// which is not an error for a Unix filter.
    pub fn is_broken_pipe(&self) -> bool {
        matches!(self, Error::Io { source, .. } if source.kind() == std::io::ErrorKind::BrokenPipe)
    }
}

pub(crate) type Result<T, E = Error> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_keeps_the_first_repeats_and_counts_the_rest() {
        let mut list: Vec<Problem> = (1..=25)
            .map(|l| Problem::new("g.csv", Some(l), "missing themes"))
            .collect();
        list.insert(2, Problem::new("g.csv", Some(3), "other"));
        fold_repeats(&mut list);
        assert_eq!(list.len(), REPEATS_SHOWN + 1);
        assert_eq!(list[2].message, "other");
        let last = &list[REPEATS_SHOWN];
        assert_eq!(
            (last.line, last.repeats, last.last_line),
            (Some(10), 15, Some(25))
        );
        assert_eq!(count(&list), 26);
    }
}
