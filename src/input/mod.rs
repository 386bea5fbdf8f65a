//! Readers: the only code that reads profile files. Each turns bytes into [`Record`](crate::model::profile::Record)s.
//!
//! The format follows the extension (`.csv`, `.tsv`, `.toml`); `-` reads CSV from standard
//! input. A reader never stops at the first bad row: it returns every record it could read
//! and every problem it found, located by file and line.

mod columns;
mod csv;
mod decode;
mod lines;
mod loaded;
mod options;
pub mod pairs;
mod records;
mod sheet;
pub mod sheet_limits;
mod table;
mod toml;
mod xls_check;
mod zip_check;

use std::io::Read;

use crate::error::{Error, Problem};
use crate::i18n::tr;

pub(crate) use self::columns::{Column, column_by_key};
pub(crate) use self::decode::encoding_for_label;
pub(crate) use self::lines::LineCursor;
pub use self::loaded::Loaded;
pub(crate) use self::options::format_of;
pub use self::options::{InputFormat, ReadOptions};
pub use self::table::{MAX_FIELD_BYTES, MAX_ROW_BYTES, MAX_ROWS, MAX_TITLE_ROWS, read_table};
pub(crate) use self::toml::{toml_error, unknown_key};

/// Reads every file in `paths`; `-` is standard input (read at most once).
pub(crate) fn read_files(
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
                return Err(Error::Usage(tr("input-stdin-twice", &[])));
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
    format: InputFormat,
    options: &ReadOptions,
    out: &mut Loaded,
) {
    if format == InputFormat::Sheet {
        return sheet::parse(name, bytes, options.sheet.as_deref(), &options.columns, out);
    }
    match format {
        InputFormat::Csv(delimiter) => match read_table(name, bytes, delimiter, options) {
            Ok(mut table) => {
                out.notes.append(&mut table.notes);
                csv::parse(name, table, &options.columns, out);
            }
            Err(problems) => out.problems.extend(problems),
        },
        InputFormat::Toml => match utf8(name, bytes) {
            Ok(text) => toml::parse(name, text, out),
            Err(p) => out.problems.push(p),
        },
        InputFormat::Sheet => unreachable!("read above"),
    }
}

/// Reads pair lists (`--history`, `--keep`, `--forbid` files, or a plan read back): every
/// pair each lists, in file order, or every problem found (see [`pairs::parse`]). A
/// workbook (by its extension or its content) is read from its first sheet, like twin's own
/// `--format xlsx` plan; any other file as CSV, its encoding and delimiter detected (the
/// extension's delimiter first: `.tsv` is tab).
pub(crate) fn read_pair_lists(
    paths: &[String],
    role: pairs::ListRole,
) -> Result<Vec<pairs::ListedPair>, Error> {
    let mut listed = Vec::new();
    let mut problems = Vec::new();
    for path in paths {
        let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
        let format = format_of(path);
        let workbook = decode::container_kind(&bytes).is_some_and(|k| k.extension().is_some());
        let table = if format == Ok(InputFormat::Sheet) || workbook {
            sheet::table(path, &bytes)
        } else {
            let delimiter = match format {
                Ok(InputFormat::Csv(d)) => d,
                _ => b',',
            };
            read_table(path, &bytes, delimiter, &ReadOptions::default())
        };
        match table.and_then(|table| pairs::parse(path, &table, role)) {
            Ok(p) => listed.extend(p),
            Err(p) => problems.extend(p),
        }
    }
    if problems.is_empty() {
        Ok(listed)
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
        Problem::new(name, Some(line), tr("input-toml-not-utf8", &[]))
    })
}

#[cfg(test)]
mod tests {
    use crate::i18n::{Lang, has};

    /// Every `"input-…"` message id written in the readers, wherever the call that looks it
    /// up is broken across lines (`tr(\n "input-…"`, which the scan of `i18n` does not see),
    /// is in every language.
    #[test]
    fn every_input_message_id_is_in_every_language() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/input");
        let mut ids = Vec::new();
        for entry in std::fs::read_dir(&dir).expect("src/input is readable") {
            let text = std::fs::read_to_string(entry.expect("entry").path()).expect("utf-8");
            for (i, _) in text.match_indices("\"input-") {
                let id: String = text[i + 1..]
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
                    .collect();
                if id.len() > "input-".len() && text[i + 1 + id.len()..].starts_with('"') {
                    ids.push(id);
                }
            }
        }
        assert!(ids.len() > 100, "the scan finds the ids: {}", ids.len());
        for id in ids {
            for lang in Lang::ALL {
                assert!(has(lang, &id), "{}: no message {id}", lang.code());
            }
        }
    }
}
