//! Readers: the only code that reads profile files. Each turns bytes into [`Record`]s.
//!
//! The format follows the extension (`.csv`, `.tsv`, `.toml`); `-` reads CSV from standard
//! input. A reader never stops at the first bad row: it returns every record it could read
//! and every problem it found, located by file and line.

mod csv;
mod decode;
pub mod history;
mod lines;
mod records;
mod sheet;
pub mod sheet_limits;
mod table;
mod toml;
mod xls_check;
mod zip_check;

use std::io::Read;

use crate::error::{Error, Problem};
use crate::model::profile::Record;

pub use self::csv::{Column, accepted_names, column_by_key};
pub use self::decode::encoding_for_label;
pub use self::records::MAX_TITLE_ROWS;
pub use self::table::{MAX_FIELD_BYTES, MAX_ROW_BYTES, MAX_ROWS, Row, Table, read_table};
pub use self::toml::MAX_TOML_BYTES;

/// What reading a set of files produced.
#[derive(Debug, Default)]
pub struct Loaded {
    pub records: Vec<Record>,
    /// Errors (the run fails if any).
    pub problems: Vec<Problem>,
    /// Warnings that do not fail the run (e.g. ignored columns).
    pub warnings: Vec<Problem>,
    /// What the user should know about how a file was read (e.g. a guessed encoding).
    pub notes: Vec<Problem>,
}

/// How to read input files; from the command line (`--encoding`, `--delimiter`, `--sheet`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReadOptions {
    /// Force this text encoding (an encoding label such as `windows-1252`) instead of detecting it.
    pub encoding: Option<String>,
    /// Force this CSV delimiter instead of detecting it.
    pub delimiter: Option<u8>,
    /// For spreadsheets: the sheet to read instead of the first one.
    pub sheet: Option<String>,
    /// Header names for columns from `[columns]` of twin.toml, on top of the built-in ones.
    pub columns: Vec<(Column, String)>,
}

/// The format of one input, chosen from its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv(u8),
    Toml,
    /// A spreadsheet (.xlsx, .xlsm, .xls, .ods): see `sheet`.
    Sheet,
}

/// The format implied by a path's extension, or a problem naming the supported ones.
pub fn format_of(path: &str) -> Result<Format, Problem> {
    if path == "-" {
        return Ok(Format::Csv(b','));
    }
    let ext = std::path::Path::new(path)
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    match ext.as_deref() {
        Some("csv") | Some("txt") => Ok(Format::Csv(b',')),
        Some("tsv") | Some("tab") => Ok(Format::Csv(b'\t')),
        Some("toml") => Ok(Format::Toml),
        Some("xlsx") | Some("xlsm") | Some("xls") | Some("ods") => Ok(Format::Sheet),
        _ => Err(Problem::new(
            path,
            None,
            "unsupported file type: use .csv, .tsv, .toml, .xlsx, .xls or .ods (or - for CSV on standard input)",
        )),
    }
}

/// Reads every file in `paths`; `-` is standard input (read at most once).
pub fn read_files(
    paths: &[String],
    options: &ReadOptions,
    mut stdin: impl Read,
) -> Result<Loaded, Error> {
    if let Some(label) = &options.encoding {
        encoding_for_label(label).map_err(Error::Usage)?;
    }
    let mut out = Loaded::default();
    let mut stdin_used = false;
    for path in paths {
        let format = match format_of(path) {
            Ok(f) => f,
            Err(p) => {
                out.problems.push(p);
                continue;
            }
        };
        let (name, bytes) = if path == "-" {
            if stdin_used {
                return Err(Error::Usage(
                    "standard input (-) can be read only once".into(),
                ));
            }
            stdin_used = true;
            let mut buf = Vec::new();
            stdin
                .read_to_end(&mut buf)
                .map_err(|e| Error::io("<stdin>", e))?;
            ("<stdin>".to_string(), buf)
        } else {
            let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
            (path.clone(), bytes)
        };
        parse_bytes(&name, &bytes, format, options, &mut out);
    }
    Ok(out)
}

/// Parses one file's content; pure, so tests and fuzzers can call it without files.
pub fn parse_bytes(
    name: &str,
    bytes: &[u8],
    format: Format,
    options: &ReadOptions,
    out: &mut Loaded,
) {
    if format == Format::Sheet {
        return sheet::parse(name, bytes, options.sheet.as_deref(), &options.columns, out);
    }
    match format {
        Format::Csv(delimiter) => match read_table(name, bytes, delimiter, options) {
            Ok(mut table) => {
                out.notes.append(&mut table.notes);
                csv::parse(name, table, &options.columns, out);
            }
            Err(problems) => out.problems.extend(problems),
        },
        Format::Toml => match utf8(name, bytes) {
            Ok(text) => toml::parse(name, text, out),
            Err(p) => out.problems.push(p),
        },
        Format::Sheet => unreachable!("read above"),
    }
}

/// Reads history files (earlier plans): the pairs they list. A workbook (by its extension
/// or its content) is read from its first sheet, like twin's own `--format xlsx` plan.
pub fn read_history(paths: &[String]) -> Result<Vec<history::PastPair>, Error> {
    let mut pairs = Vec::new();
    let mut problems = Vec::new();
    for path in paths {
        let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
        let format = format_of(path);
        let workbook = matches!(decode::container_kind(&bytes), Some((_, Some(_))));
        let table = if format == Ok(Format::Sheet) || workbook {
            sheet::table(path, &bytes)
        } else {
            let delimiter = match format {
                Ok(Format::Csv(d)) => d,
                _ => b',',
            };
            read_table(path, &bytes, delimiter, &ReadOptions::default())
        };
        match table.and_then(|table| history::parse(path, &table)) {
            Ok(p) => pairs.extend(p),
            Err(p) => problems.extend(p),
        }
    }
    if problems.is_empty() {
        Ok(pairs)
    } else {
        Err(Error::Invalid(problems))
    }
}

/// UTF-8 text without its byte-order mark (TOML is always UTF-8), or a problem naming the
/// first bad line.
fn utf8<'a>(name: &str, bytes: &'a [u8]) -> Result<&'a str, Problem> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    std::str::from_utf8(bytes).map_err(|e| {
        let good = &bytes[..e.valid_up_to()];
        let line = good.iter().filter(|&&b| b == b'\n').count() as u64 + 1;
        Problem::new(
            name,
            Some(line),
            "the file is not UTF-8 text; save it as \"CSV UTF-8\" (Excel) or UTF-8 (other tools)",
        )
    })
}
