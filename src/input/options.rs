//! How to read input files: the options of the command line and `[columns]`, and the
//! format each file's name implies.

use super::columns::Column;
use crate::error::Problem;
use crate::i18n::tr;

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
pub enum InputFormat {
    Csv(u8),
    Toml,
    /// A spreadsheet (.xlsx, .xlsm, .xls, .ods): see `sheet`.
    Sheet,
}

/// The format implied by a path's extension, or a problem naming the supported ones.
pub(crate) fn format_of(path: &str) -> Result<InputFormat, Problem> {
    if path == "-" {
        return Ok(InputFormat::Csv(b','));
    }
    let ext = std::path::Path::new(path)
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    match ext.as_deref() {
        Some("csv") | Some("txt") => Ok(InputFormat::Csv(b',')),
        Some("tsv") | Some("tab") => Ok(InputFormat::Csv(b'\t')),
        Some("toml") => Ok(InputFormat::Toml),
        Some("xlsx") | Some("xlsm") | Some("xls") | Some("ods") => Ok(InputFormat::Sheet),
        _ => Err(Problem::new(path, None, tr("input-unsupported-type", &[]))),
    }
}
