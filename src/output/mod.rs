//! Renderers: pair rows as a table, CSV, JSON or an xlsx workbook, rendered to bytes; where
//! the bytes go (standard output or a file) is `sink`'s job, so every format is tested
//! without disk.

mod csv;
mod json;
pub mod sink;
mod table;
mod xlsx;

pub use self::csv::{CsvOptions, neutralise};

use serde::Serialize;

use crate::dataset::Dataset;
use crate::error::{Error, Result};
use crate::profile::themes_of;
use crate::rank::Pair;
use crate::reference::Reference;
use crate::score::{Hundredths, shared};

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// A readable table (the default on a terminal).
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

/// One pair as exported: exactly these fields, in this order, in CSV and JSON.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PairRow {
    pub rank: usize,
    #[serde(serialize_with = "json::score")]
    pub score: Hundredths,
    pub id_a: String,
    pub name_a: String,
    pub country_a: String,
    pub id_b: String,
    pub name_b: String,
    pub country_b: String,
    pub shared_themes: Vec<String>,
    pub shared_languages: Vec<String>,
}

/// How rows are grouped in a table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// A ranked list of pairs.
    Pairs,
    /// Consecutive rows with the same `id_a` are one group's candidates.
    PerGroup,
}

/// Builds the exported rows for `pairs`, numbering them with `ranks`.
pub fn pair_rows(
    ds: &Dataset,
    reference: &Reference,
    pairs: &[Pair],
    ranks: &[usize],
) -> Vec<PairRow> {
    pairs
        .iter()
        .zip(ranks)
        .map(|(p, &rank)| {
            let (a, b) = (&ds.groups[p.a], &ds.groups[p.b]);
            PairRow {
                rank,
                score: p.score,
                id_a: a.id.clone(),
                name_a: a.name.clone(),
                country_a: reference.countries[a.country].alpha2.clone(),
                id_b: b.id.clone(),
                name_b: b.name.clone(),
                country_b: reference.countries[b.country].alpha2.clone(),
                shared_themes: themes_of(a.themes & b.themes)
                    .map(|t| reference.themes[t].id.clone())
                    .collect(),
                shared_languages: shared(&a.languages, &b.languages)
                    .into_iter()
                    .map(|l| reference.languages[l].code.clone())
                    .collect(),
            }
        })
        .collect()
}

/// A plan as JSON: `{"pairs": [...], "summary": {...}}`.
pub fn render_plan_json(rows: &[PairRow], summary: &crate::plan::Summary) -> Vec<u8> {
    json::render_plan(rows, summary)
}

/// Renders rows in `format`; `csv` says how CSV is written. Fails only when the rows do not
/// fit the format (more rows than an Excel sheet holds).
pub fn render(
    format: Format,
    rows: &[PairRow],
    layout: Layout,
    csv: CsvOptions,
) -> Result<Vec<u8>> {
    match format {
        Format::Table => Ok(table::render(rows, layout).into_bytes()),
        Format::Csv => Ok(csv::render(rows, csv)),
        Format::Json => Ok(json::render(rows)),
        Format::Xlsx => xlsx::render(rows, None).map_err(Error::Refused),
    }
}

/// Renders a plan in `format`: its pairs, and the summary where the format has room for it
/// (a JSON object, a second xlsx sheet); other formats show the pairs only.
pub fn render_plan(
    format: Format,
    rows: &[PairRow],
    summary: &crate::plan::Summary,
    csv: CsvOptions,
) -> Result<Vec<u8>> {
    match format {
        Format::Json => Ok(json::render_plan(rows, summary)),
        Format::Xlsx => xlsx::render(rows, Some(summary)).map_err(Error::Refused),
        _ => render(format, rows, Layout::Pairs, csv),
    }
}
