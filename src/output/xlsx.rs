//! Pair rows as an Excel workbook (`--format xlsx`), rendered to bytes in memory.
//!
//! Sheet "pairs" has the CSV columns in the CSV order, a bold header row that stays in view
//! (frozen) with a filter, ranks as whole numbers and scores as numbers shown with two
//! decimals. A plan (`twin assign`) adds a sheet "summary": the plan's figures and every
//! group left without a twin, with the reason. Every text cell is written as a string, which
//! Excel never evaluates as a formula, so a name like `=1+1` stays text without the quote
//! CSV needs. The workbook's creation date is fixed, so the bytes are the same every run.
//! Text longer than a cell holds is refused, never cut (two long ids cut to one length
//! would become equal): the error names the row and column, and CSV has no such limit.

use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook, Worksheet, XlsxError};

use super::csv::HEADER;
use super::rows::PairRow;
use crate::plan::Summary;

/// Excel's limit on the characters in one cell, counted as Excel does, in UTF-16 units (a
/// character outside the Basic Multilingual Plane, such as an emoji, counts twice).
pub(super) const MAX_CELL_CHARS: usize = 32_767;
/// Excel's limit on the rows of a sheet.
pub(super) const MAX_ROWS: usize = 1_048_576;

/// A workbook with the sheet "pairs", and "summary" when `summary` is given.
#[cfg(test)]
pub(super) fn render(rows: &[PairRow], summary: Option<&Summary>) -> Result<Vec<u8>, String> {
    render_sheet(rows, "pairs", summary)
}

/// A workbook whose first sheet, named `sheet` ("pairs", or "groups" for a plan seen from
/// each group), holds the rows, and "summary" when `summary` is given.
pub(super) fn render_sheet(
    rows: &[PairRow],
    sheet: &str,
    summary: Option<&Summary>,
) -> Result<Vec<u8>, String> {
    check_rows(rows.len() as u64)?;
    check_cells(rows, sheet, summary)?;
    build(rows, sheet, summary).map_err(|e| format!("cannot write the xlsx workbook: {e}"))
}

/// Whether `pairs` rows fit in one sheet (with its header row).
pub(super) fn check_rows(pairs: u64) -> Result<(), String> {
    if pairs >= MAX_ROWS as u64 {
        return Err(format!(
            "{pairs} pairs do not fit in an Excel sheet (at most {}); narrow the list (--top, --min-score) or use --format csv",
            MAX_ROWS - 1
        ));
    }
    Ok(())
}

/// Refuses the first text cell longer than Excel holds, naming where it would go.
fn check_cells(rows: &[PairRow], sheet: &str, summary: Option<&Summary>) -> Result<(), String> {
    for (i, r) in rows.iter().enumerate() {
        for (j, text) in r.text_cells().iter().enumerate() {
            // Sheet row i + 2: the header is row 1.
            too_long(text, || {
                format!(
                    "pair {} (sheet {sheet}, row {}), column {}",
                    r.rank,
                    i + 2,
                    HEADER[j + 2]
                )
            })?;
        }
    }
    if let Some(s) = summary {
        for l in &s.left_out {
            let why = super::plan_summary::reason(&l.reason);
            for (text, column) in [
                (l.id.as_str(), "id"),
                (&l.name, "name"),
                (&l.country, "country"),
                (&why, "reason"),
            ] {
                too_long(text, || {
                    format!(
                        "the group without a twin {} (sheet summary), column {column}",
                        l.id
                    )
                })?;
            }
        }
    }
    Ok(())
}

/// An error when `text` is over [`MAX_CELL_CHARS`]; `place` says where it would go.
fn too_long(text: &str, place: impl FnOnce() -> String) -> Result<(), String> {
    // A UTF-8 text of at most MAX bytes has at most MAX UTF-16 units: no count needed.
    if text.len() <= MAX_CELL_CHARS {
        return Ok(());
    }
    let units = text.encode_utf16().count();
    if units <= MAX_CELL_CHARS {
        return Ok(());
    }
    let start: String = text.chars().take(20).collect();
    Err(format!(
        "{}: the text \"{}…\" has {units} characters, more than the {MAX_CELL_CHARS} an Excel cell holds; twin does not cut text: write CSV instead (-o FILE.csv or --format csv)",
        place(),
        start.trim_end(),
    ))
}

fn build(rows: &[PairRow], name: &str, summary: Option<&Summary>) -> Result<Vec<u8>, XlsxError> {
    let bold = Format::new().set_bold();
    let whole = Format::new().set_num_format("0");
    let two_decimals = Format::new().set_num_format("0.00");

    let mut book = Workbook::new();
    // A fixed creation date keeps the output byte-identical across runs.
    let created = ExcelDateTime::from_ymd(2000, 1, 1)?;
    book.set_properties(&DocProperties::new().set_creation_datetime(&created));

    let sheet = book.add_worksheet();
    sheet.set_name(name)?;
    let mut widths: Vec<usize> = HEADER.iter().map(|h| h.chars().count()).collect();
    for (c, h) in HEADER.iter().enumerate() {
        sheet.write_string_with_format(0, c as u16, *h, &bold)?;
    }
    for (i, r) in rows.iter().enumerate() {
        let row = i as u32 + 1;
        sheet.write_number_with_format(row, 0, r.rank as f64, &whole)?;
        sheet.write_number_with_format(row, 1, f64::from(r.score) / 100.0, &two_decimals)?;
        for (j, text) in r.text_cells().iter().enumerate() {
            let col = j + 2;
            widths[col] = widths[col].max(text.chars().count());
            write_text(sheet, row, col as u16, text)?;
        }
    }
    widths[0] = widths[0].max(rows.len().to_string().len());
    widths[1] = widths[1].max(6);
    set_widths(sheet, &widths)?;
    sheet.set_freeze_panes(1, 0)?;
    sheet.autofilter(0, 0, rows.len() as u32, HEADER.len() as u16 - 1)?;

    if let Some(s) = summary {
        summary_sheet(book.add_worksheet(), s, &bold, &whole, &two_decimals)?;
    }
    book.save_to_buffer()
}

/// The sheet "summary": one figure per row, then the groups left out.
fn summary_sheet(
    sheet: &mut Worksheet,
    s: &Summary,
    bold: &Format,
    whole: &Format,
    two_decimals: &Format,
) -> Result<(), XlsxError> {
    sheet.set_name("summary")?;
    sheet.write_string_with_format(0, 0, "figure", bold)?;
    sheet.write_string_with_format(0, 1, "value", bold)?;
    sheet.write_string(1, 0, "method")?;
    sheet.write_string(1, 1, super::plan_summary::method_name(s.method))?;
    let counts = [
        ("pairs", s.pairs as f64),
        ("groups seeking a twin", s.groups_seeking as f64),
        ("groups twinned", s.groups_twinned as f64),
        ("groups without a twin", s.groups_without_twin as f64),
        ("places unfilled", s.places_unfilled as f64),
    ];
    let mut row = 2;
    for (label, value) in counts {
        sheet.write_string(row, 0, label)?;
        sheet.write_number_with_format(row, 1, value, whole)?;
        row += 1;
    }
    let scores = [
        ("total score", Some(s.total_score)),
        ("mean score", s.mean_score),
        ("lowest score", s.lowest_score.map(u64::from)),
    ];
    for (label, value) in scores {
        sheet.write_string(row, 0, label)?;
        // No score at all (an empty plan) leaves the cell empty.
        if let Some(h) = value {
            sheet.write_number_with_format(row, 1, h as f64 / 100.0, two_decimals)?;
        }
        row += 1;
    }

    row += 1;
    let header = ["groups without a twin", "name", "country", "reason"];
    for (c, h) in header.iter().enumerate() {
        sheet.write_string_with_format(row, c as u16, *h, bold)?;
    }
    let mut widths = vec![22, 12, 8, 40];
    for l in &s.left_out {
        row += 1;
        let why = super::plan_summary::reason(&l.reason);
        for (c, text) in [l.id.as_str(), &l.name, &l.country, &why]
            .iter()
            .enumerate()
        {
            widths[c] = widths[c].max(text.chars().count());
            write_text(sheet, row, c as u16, text)?;
        }
    }
    set_widths(sheet, &widths)
}

/// Writes `text` as a string cell (never a formula); [`check_cells`] has made sure it fits.
fn write_text(sheet: &mut Worksheet, row: u32, col: u16, text: &str) -> Result<(), XlsxError> {
    sheet.write_string(row, col, text)?;
    Ok(())
}

/// Column widths in characters from the longest content, within sensible bounds.
fn set_widths(sheet: &mut Worksheet, widths: &[usize]) -> Result<(), XlsxError> {
    for (c, &w) in widths.iter().enumerate() {
        sheet.set_column_width(c as u16, (w.clamp(4, 60) + 2) as f64)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::{LeftOut, Reason};
    use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};
    use std::io::Cursor;

    fn row(rank: usize, score: u32, name_a: &str) -> PairRow {
        PairRow {
            rank,
            score,
            id_a: "FR-LYO".into(),
            name_a: name_a.into(),
            country_a: "FR".into(),
            id_b: "17".into(),
            name_b: "Voluntarias AIC Arequipa".into(),
            country_b: "PE".into(),
            shared_themes: vec!["food-security".into(), "health".into()],
            shared_languages: vec!["es".into()],
        }
    }

    fn sheet(bytes: &[u8], name: &str) -> Vec<Vec<Data>> {
        let mut book: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes.to_vec())).unwrap();
        let range = book.worksheet_range(name).unwrap();
        range.rows().map(|r| r.to_vec()).collect()
    }

    #[test]
    fn pair_rows_round_trip_with_numbers_as_numbers() {
        let rows = vec![row(1, 8000, "=1+1"), row(2, 6667, "-Lyon")];
        let bytes = render(&rows, None).unwrap();
        let cells = sheet(&bytes, "pairs");
        let header: Vec<String> = cells[0].iter().map(|c| c.to_string()).collect();
        assert_eq!(header, HEADER);
        assert_eq!(cells[1][0], Data::Float(1.0));
        assert_eq!(cells[1][1], Data::Float(80.0));
        assert_eq!(cells[2][1], Data::Float(66.67));
        // Text stays text, formula-looking or not, without a quote.
        assert_eq!(cells[1][3], Data::String("=1+1".into()));
        assert_eq!(cells[2][3], Data::String("-Lyon".into()));
        assert_eq!(cells[1][5], Data::String("17".into()));
        assert_eq!(cells[1][8], Data::String("food-security; health".into()));
        assert_eq!(cells[1][9], Data::String("es".into()));
        assert_eq!(cells.len(), 3);
    }

    #[test]
    fn the_output_is_the_same_every_run_and_an_empty_list_has_the_header() {
        let rows = vec![row(1, 8000, "a")];
        assert_eq!(render(&rows, None), render(&rows, None));
        let cells = sheet(&render(&[], None).unwrap(), "pairs");
        assert_eq!(cells.len(), 1);
    }

    #[test]
    fn text_over_the_cell_limit_is_refused_naming_the_row_and_column_never_cut() {
        let at_limit = "a".repeat(MAX_CELL_CHARS);
        let cells = sheet(&render(&[row(1, 8000, &at_limit)], None).unwrap(), "pairs");
        assert_eq!(cells[1][3], Data::String(at_limit.clone()));

        let mut long = row(2, 7000, "b");
        long.id_b = format!("{at_limit}1");
        let e = render(&[row(1, 8000, "a"), long], None).unwrap_err();
        assert!(
            e.contains("pair 2 (sheet pairs, row 3), column id_b"),
            "{e}"
        );
        assert!(e.contains("32768 characters") && e.contains("32767"), "{e}");
        assert!(e.contains("CSV"), "{e}");

        // Counted in UTF-16 units, as Excel does: 16,384 emoji are 32,768 units.
        let emoji = "😀".repeat(16_384);
        let e = render(&[row(1, 8000, &emoji)], None).unwrap_err();
        assert!(e.contains("column name_a"), "{e}");
    }

    #[test]
    fn a_plan_has_a_summary_sheet_with_the_groups_left_out() {
        let summary = Summary {
            method: crate::plan::matching::Method::Optimal,
            pairs: 1,
            kept: 0,
            groups_seeking: 3,
            groups_twinned: 2,
            groups_without_twin: 1,
            places_unfilled: 1,
            total_score: 8000,
            mean_score: Some(8000),
            lowest_score: Some(8000),
            left_out: vec![LeftOut {
                id: "TH-BKK".into(),
                name: "AIC Bangkok".into(),
                country: "TH".into(),
                reason: Reason::PartnersTaken {
                    best_candidate: "FR-LYO".into(),
                    best_score: 5000,
                    taken_by: vec!["17".into()],
                    eligible_partners: 1,
                },
            }],
        };
        let bytes = render(&[row(1, 8000, "a")], Some(&summary)).unwrap();
        let cells = sheet(&bytes, "summary");
        let find = |label: &str| {
            cells
                .iter()
                .find(|r| r[0] == Data::String(label.into()))
                .unwrap_or_else(|| panic!("no {label}"))[1]
                .clone()
        };
        assert_eq!(find("method"), Data::String("optimal".into()));
        assert_eq!(find("pairs"), Data::Float(1.0));
        assert_eq!(find("places unfilled"), Data::Float(1.0));
        assert_eq!(find("mean score"), Data::Float(80.0));
        let left = cells.last().unwrap();
        assert_eq!(left[0], Data::String("TH-BKK".into()));
        assert!(left[3].to_string().contains("at capacity"), "{left:?}");
    }
}
