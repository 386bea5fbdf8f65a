//! Every renderer, and all the text twin shows a person.
//!
//! Pair rows as a table, CSV, JSON or an xlsx workbook, rendered to bytes ([`write()`]);
//! `explain`'s text ([`explain`]), `check`'s summary ([`check`]), the HTML report ([`report`]), a plan's summary and
//! reasons ([`plan_summary`]), why a group is alone ([`alone`]), and every message on
//! standard error ([`messages`]). Where the bytes go (standard output or a file) is
//! [`sink`]'s job, so every format is tested without disk; [`terminal`] makes file text
//! safe for a terminal and [`progress`] draws the progress bar.

pub(crate) mod alone;
pub(crate) mod check;
mod csv;
pub(crate) mod explain;
mod fit;
mod json;
pub(crate) mod messages;
pub(crate) mod names;
pub(crate) mod plan_summary;
pub(crate) mod progress;
pub(crate) mod report;
pub(crate) mod review;
mod rows;
pub(crate) mod sink;
mod table;
pub(crate) mod terminal;
mod xlsx;

pub(crate) use self::csv::CsvOptions;
pub(crate) use self::rows::{Export, Layout, PairRow, by_group, pair_row, width_bounds};

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// A readable table (the default, on a terminal and in a pipe alike).
    Table,
    /// CSV with a header row, one pair per row.
    Csv,
    /// A JSON object with a `pairs` array.
    Json,
    /// An Excel workbook (to a file or a pipe, not a terminal).
    Xlsx,
}

impl Format {
    /// The format implied by an output file name, if its extension names one.
    pub fn from_path(path: &str) -> Option<Format> {
        let ext = std::path::Path::new(path).extension()?.to_str()?;
        match ext.to_ascii_lowercase().as_str() {
            "csv" => Some(Format::Csv),
            "json" => Some(Format::Json),
            "txt" => Some(Format::Table),
            "xlsx" => Some(Format::Xlsx),
            _ => None,
        }
    }
}

/// How an output looks beyond its format: CSV's delimiter, byte-order mark and decimal sign,
/// the terminal width a table fits (none: one line per row), and the reference data a
/// table names the shared themes from (in the run's language; none: their ids, as CSV,
/// JSON and xlsx keep them).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Look<'a> {
    pub csv: CsvOptions,
    pub fit: Option<usize>,
    pub names: Option<&'a crate::model::reference::Reference>,
}

/// Whether an xlsx sheet holds `pairs` rows: the error `write` would give once it had them,
/// given before they are computed.
pub(crate) fn fits_in_sheet(pairs: u64) -> Result<(), String> {
    xlsx::check_rows(pairs)
}

/// Writes the rows `rows()` yields in `format` to `w`, with a plan's `summary` where the
/// format holds one (JSON, xlsx). CSV, JSON and the table stream row by row (the table calls
/// `rows` twice: once to measure its columns); a workbook needs every row first, and holds
/// at most a sheet's rows. `table_widths`, when given, yields rows at least as wide as any
/// of `rows()`'s ([`width_bounds`]): the table then goes through its rows only once. With
/// `fit` (a terminal's width, [`sink::terminal_width`]) a table wider than that wraps its
/// long cells to fit.
pub(crate) fn write<'r, I: Iterator<Item = PairRow<'r>>>(
    format: Format,
    rows: &dyn Fn() -> I,
    table_widths: Option<&dyn Fn() -> I>,
    layout: Layout,
    summary: Option<&crate::plan::Summary>,
    look: Look<'_>,
    w: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    let Look { csv, fit, names } = look;
    match format {
        Format::Csv => csv::write(rows(), csv, w),
        Format::Json => json::write(rows(), summary, w),
        Format::Table => table::write(rows, table_widths, layout, fit, names, w),
        Format::Xlsx => {
            // A sheet holds a bounded number of rows: never more than one too many are
            // produced (the workbook refuses them), whatever the number of pairs.
            let rows: Vec<PairRow> = rows().take(xlsx::MAX_ROWS).collect();
            let sheet = match layout {
                Layout::Groups => "groups",
                Layout::Pairs | Layout::PerGroup => "pairs",
            };
            let bytes = xlsx::render_sheet(&rows, sheet, summary).map_err(std::io::Error::other)?;
            w.write_all(&bytes)
        }
    }
}
