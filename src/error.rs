//! Errors, problems and exit codes.
//!
//! A [`Problem`] is one thing wrong with the input, located by file and line; twin collects
//! every problem it can find before giving up, so a coordinator fixes a file in one pass.
//! [`Error`] is what a command returns; [`Error::exit_code`] maps it onto the exit-code
//! contract: 0 success, 1 invalid input or I/O failure, 2 usage error.

use std::fmt;

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
}

impl Problem {
    pub fn new(file: impl Into<String>, line: Option<u64>, message: impl Into<String>) -> Self {
        Self {
            file: file.into(),
            line,
            message: message.into(),
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
    /// The input (profiles or config) is invalid; every problem found is listed.
    #[error("{}", display_problems(.0))]
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

fn display_problems(problems: &[Problem]) -> String {
    let lines: Vec<String> = problems.iter().map(|p| format!("error: {p}")).collect();
    lines.join("\n")
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

    /// The text printed on stderr, every line prefixed like rustc and ripgrep do.
    pub fn report(&self) -> String {
        match self {
            Error::Invalid(problems) => {
                let mut out = display_problems(problems);
                if problems.len() > 1 {
                    out.push_str(&format!("\nerror: {} problems found", problems.len()));
                }
                out
            }
            other => format!("error: {other}"),
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
