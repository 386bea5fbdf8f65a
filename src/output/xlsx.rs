//! Pair rows as an Excel workbook (`--format xlsx`), rendered to bytes in memory, in the
//! run's language: the workbook is for people (CSV and JSON keep the English field names, the
//! machine contract).
//!
//! The first sheet, "pairs" (« paires », « pares »; "groups" for `--layout groups`), has the
//! CSV columns in the CSV order under headers in the run's language (in English the CSV
//! field names), a bold header row that stays in view (frozen) with a filter, ranks as whole
//! numbers and scores as numbers shown with two decimals. A plan (`twin assign`) adds a sheet
//! "summary" (« résumé », « resumen »): the plan's figures and every group left without a
//! twin, with the reason. The sheet names are translated too: twin reads a workbook back
//! (`--history`, `--keep`, `--forbid`, `twin review`) from its first sheet, whatever its
//! name, and its id headers in any of the three languages (`input::pairs`).
//!
//! Every text cell is written as a string, which Excel never evaluates as a formula, so a
//! name like `=1+1` stays text without the quote CSV needs. The workbook's creation date is
//! fixed, so the bytes are the same every run. Text longer than a cell holds is refused,
//! never cut (two long ids cut to one length would become equal): the error names the row
//! and column, and CSV has no such limit.

use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook, Worksheet, XlsxError};

use super::rows::PairRow;
use crate::i18n::{Lang, current};
use crate::plan::Summary;

/// Excel's limit on the characters in one cell, counted as Excel does, in UTF-16 units (a
/// character outside the Basic Multilingual Plane, such as an emoji, counts twice).
pub(super) const MAX_CELL_CHARS: usize = 32_767;
/// Excel's limit on the rows of a sheet.
pub(super) const MAX_ROWS: usize = 1_048_576;

/// The header row of the pairs sheet in `lang`, in the CSV order (in English, the CSV
/// field names).
fn header(lang: Lang) -> [String; 10] {
    [
        lang.tr("workbook-header-rank", &[]),
        lang.tr("workbook-header-score", &[]),
        lang.tr("workbook-header-id-a", &[]),
        lang.tr("workbook-header-name-a", &[]),
        lang.tr("workbook-header-country-a", &[]),
        lang.tr("workbook-header-id-b", &[]),
        lang.tr("workbook-header-name-b", &[]),
        lang.tr("workbook-header-country-b", &[]),
        lang.tr("workbook-header-shared-themes", &[]),
        lang.tr("workbook-header-shared-languages", &[]),
    ]
}

/// The name in `lang` of a sheet: `sheet` is "pairs", "groups" (a plan seen from each
/// group, or a review's capacities) or "summary".
pub(super) fn sheet_name(lang: Lang, sheet: &str) -> String {
    match sheet {
        "groups" => lang.tr("workbook-sheet-groups", &[]),
        "summary" => lang.tr("workbook-sheet-summary", &[]),
        _ => lang.tr("workbook-sheet-pairs", &[]),
    }
}

/// A workbook with the sheet "pairs", and "summary" when `summary` is given, in `lang`.
#[cfg(test)]
pub(super) fn render(
    lang: Lang,
    rows: &[PairRow],
    summary: Option<&Summary>,
) -> Result<Vec<u8>, String> {
    render_in(lang, rows, "pairs", summary)
}

/// A workbook in the run's language whose first sheet, "pairs" or "groups" (`sheet`: a
/// plan seen from each group), holds the rows, and "summary" when `summary` is given.
pub(super) fn render_sheet(
    rows: &[PairRow],
    sheet: &str,
    summary: Option<&Summary>,
) -> Result<Vec<u8>, String> {
    render_in(current(), rows, sheet, summary)
}

/// [`render_sheet`] in `lang`.
fn render_in(
    lang: Lang,
    rows: &[PairRow],
    sheet: &str,
    summary: Option<&Summary>,
) -> Result<Vec<u8>, String> {
    check_rows_in(lang, rows.len() as u64)?;
    let words = Words::new(lang, sheet);
    check_cells(&words, rows, summary)?;
    build(&words, rows, summary)
        .map_err(|e| lang.tr("workbook-cannot-write", &[("error", e.to_string().into())]))
}

/// Whether `pairs` rows fit in one sheet (with its header row).
pub(super) fn check_rows(pairs: u64) -> Result<(), String> {
    check_rows_in(current(), pairs)
}

fn check_rows_in(lang: Lang, pairs: u64) -> Result<(), String> {
    if pairs >= MAX_ROWS as u64 {
        return Err(lang.tr(
            "workbook-too-many-rows",
            &[
                ("count", pairs.into()),
                ("max", (MAX_ROWS as u64 - 1).into()),
            ],
        ));
    }
    Ok(())
}

/// The workbook's words in one language: sheet names, headers, the summary's labels.
struct Words {
    lang: Lang,
    sheet: String,
    summary: String,
    header: [String; 10],
}

impl Words {
    fn new(lang: Lang, sheet: &str) -> Words {
        Words {
            lang,
            sheet: sheet_name(lang, sheet),
            summary: lang.tr("workbook-sheet-summary", &[]),
            header: header(lang),
        }
    }

    /// The header of the summary's list of groups left out (id, name, country, reason).
    fn left_out_header(&self) -> [String; 4] {
        let lang = self.lang;
        [
            lang.tr("workbook-groups-without-twin", &[]),
            lang.tr("workbook-name", &[]),
            lang.tr("workbook-country", &[]),
            lang.tr("workbook-reason", &[]),
        ]
    }
}

/// Refuses the first text cell longer than Excel holds, naming where it would go.
fn check_cells(words: &Words, rows: &[PairRow], summary: Option<&Summary>) -> Result<(), String> {
    let lang = words.lang;
    for (i, r) in rows.iter().enumerate() {
        for (j, text) in r.text_cells().iter().enumerate() {
            // Sheet row i + 2: the header is row 1. Rank and row are positions, not counts:
            // written as they are, ungrouped.
            too_long(lang, text, || {
                lang.tr(
                    "workbook-place-pair",
                    &[
                        ("rank", r.rank.to_string().into()),
                        ("sheet", words.sheet.as_str().into()),
                        ("row", (i + 2).to_string().into()),
                        ("column", words.header[j + 2].as_str().into()),
                    ],
                )
            })?;
        }
    }
    if let Some(s) = summary {
        let columns = words.left_out_header();
        for l in &s.left_out {
            let why = super::plan_summary::reason(&l.reason);
            for (text, column) in [l.id.as_str(), &l.name, &l.country, &why]
                .into_iter()
                .zip(&columns)
            {
                too_long(lang, text, || {
                    lang.tr(
                        "workbook-place-left-out",
                        &[
                            ("id", l.id.as_str().into()),
                            ("sheet", words.summary.as_str().into()),
                            ("column", column.as_str().into()),
                        ],
                    )
                })?;
            }
        }
    }
    Ok(())
}

/// An error when `text` is over [`MAX_CELL_CHARS`]; `place` says where it would go.
fn too_long(lang: Lang, text: &str, place: impl FnOnce() -> String) -> Result<(), String> {
    // A UTF-8 text of at most MAX bytes has at most MAX UTF-16 units: no count needed.
    if text.len() <= MAX_CELL_CHARS {
        return Ok(());
    }
    let units = text.encode_utf16().count();
    if units <= MAX_CELL_CHARS {
        return Ok(());
    }
    let start: String = text.chars().take(20).collect();
    Err(lang.tr(
        "workbook-cell-too-long",
        &[
            ("place", place().into()),
            ("start", start.trim_end().to_string().into()),
            ("units", (units as u64).into()),
            ("max", (MAX_CELL_CHARS as u64).into()),
        ],
    ))
}

fn build(words: &Words, rows: &[PairRow], summary: Option<&Summary>) -> Result<Vec<u8>, XlsxError> {
    let bold = Format::new().set_bold();
    let whole = Format::new().set_num_format("0");
    let two_decimals = Format::new().set_num_format("0.00");

    let mut book = Workbook::new();
    // A fixed creation date keeps the output byte-identical across runs.
    let created = ExcelDateTime::from_ymd(2000, 1, 1)?;
    book.set_properties(&DocProperties::new().set_creation_datetime(&created));

    let sheet = book.add_worksheet();
    sheet.set_name(&words.sheet)?;
    let header = &words.header;
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for (c, h) in header.iter().enumerate() {
        sheet.write_string_with_format(0, c as u16, h, &bold)?;
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
    sheet.autofilter(0, 0, rows.len() as u32, header.len() as u16 - 1)?;

    if let Some(s) = summary {
        summary_sheet(words, book.add_worksheet(), s, &bold, &whole, &two_decimals)?;
    }
    book.save_to_buffer()
}

/// The sheet "summary": one figure per row, then the groups left out.
fn summary_sheet(
    words: &Words,
    sheet: &mut Worksheet,
    s: &Summary,
    bold: &Format,
    whole: &Format,
    two_decimals: &Format,
) -> Result<(), XlsxError> {
    let lang = words.lang;
    sheet.set_name(&words.summary)?;
    let figure = lang.tr("workbook-figure", &[]);
    let method = lang.tr("workbook-method", &[]);
    sheet.write_string_with_format(0, 0, &figure, bold)?;
    sheet.write_string_with_format(0, 1, lang.tr("workbook-value", &[]), bold)?;
    sheet.write_string(1, 0, &method)?;
    // The method as --method takes it (`optimal`), in every language.
    sheet.write_string(1, 1, super::plan_summary::method_name(s.method))?;
    let counts = [
        (lang.tr("workbook-pairs", &[]), s.pairs as f64),
        (
            lang.tr("workbook-groups-seeking", &[]),
            s.groups_seeking as f64,
        ),
        (
            lang.tr("workbook-groups-twinned", &[]),
            s.groups_twinned as f64,
        ),
        (
            lang.tr("workbook-groups-without-twin", &[]),
            s.groups_without_twin as f64,
        ),
        (
            lang.tr("workbook-places-unfilled", &[]),
            s.places_unfilled as f64,
        ),
    ];
    let scores = [
        (lang.tr("workbook-total-score", &[]), Some(s.total_score)),
        (lang.tr("workbook-mean-score", &[]), s.mean_score),
        (
            lang.tr("workbook-lowest-score", &[]),
            s.lowest_score.map(u64::from),
        ),
    ];
    let mut label_width = figure.chars().count().max(method.chars().count());
    let mut row = 2;
    for (label, value) in &counts {
        label_width = label_width.max(label.chars().count());
        sheet.write_string(row, 0, label)?;
        sheet.write_number_with_format(row, 1, *value, whole)?;
        row += 1;
    }
    for (label, value) in &scores {
        label_width = label_width.max(label.chars().count());
        sheet.write_string(row, 0, label)?;
        // No score at all (an empty plan) leaves the cell empty.
        if let Some(h) = value {
            sheet.write_number_with_format(row, 1, *h as f64 / 100.0, two_decimals)?;
        }
        row += 1;
    }

    row += 1;
    let header = words.left_out_header();
    for (c, h) in header.iter().enumerate() {
        sheet.write_string_with_format(row, c as u16, h, bold)?;
    }
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    widths[0] = widths[0].max(label_width);
    for (w, least) in widths.iter_mut().zip([22, 12, 8, 40]) {
        *w = (*w).max(least);
    }
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

    fn row(rank: usize, score: u32, name_a: &str) -> PairRow<'_> {
        PairRow {
            rank,
            score,
            id_a: "FR-LYO",
            name_a,
            country_a: "FR",
            id_b: "17",
            name_b: "Voluntarias AIC Arequipa",
            country_b: "PE",
            shared_themes: vec!["food-security", "health"],
            shared_languages: vec!["es"],
        }
    }

    fn sheet(bytes: &[u8], name: &str) -> Vec<Vec<Data>> {
        let mut book: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes.to_vec())).unwrap();
        let range = book.worksheet_range(name).unwrap();
        range.rows().map(|r| r.to_vec()).collect()
    }

    fn summary() -> Summary {
        Summary {
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
        }
    }

    /// The value next to `label` in the first column of a summary sheet.
    fn find(cells: &[Vec<Data>], label: &str) -> Data {
        cells
            .iter()
            .find(|r| r[0] == Data::String(label.into()))
            .unwrap_or_else(|| panic!("no {label} in {cells:?}"))[1]
            .clone()
    }

    fn sheet_names(bytes: &[u8]) -> Vec<String> {
        let book: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes.to_vec())).unwrap();
        book.sheet_names()
    }

    #[test]
    fn pair_rows_round_trip_with_numbers_as_numbers() {
        let rows = vec![row(1, 8000, "=1+1"), row(2, 6667, "-Lyon")];
        let bytes = render(Lang::En, &rows, None).unwrap();
        let cells = sheet(&bytes, "pairs");
        let header: Vec<String> = cells[0].iter().map(|c| c.to_string()).collect();
        // In English the headers are the CSV field names.
        assert_eq!(header, super::super::csv::HEADER);
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
    fn in_french_and_spanish_the_sheets_and_headers_are_translated_and_numbers_stay_numbers() {
        for (lang, pairs, summary_name, header) in [
            (
                Lang::Fr,
                "paires",
                "résumé",
                [
                    "rang",
                    "note",
                    "identifiant A",
                    "nom A",
                    "pays A",
                    "identifiant B",
                    "nom B",
                    "pays B",
                    "thèmes partagés",
                    "langues partagées",
                ],
            ),
            (
                Lang::Es,
                "pares",
                "resumen",
                [
                    "puesto",
                    "puntuación",
                    "identificador A",
                    "nombre A",
                    "país A",
                    "identificador B",
                    "nombre B",
                    "país B",
                    "temas compartidos",
                    "idiomas compartidos",
                ],
            ),
        ] {
            let rows = vec![row(1, 8000, "=1+1"), row(2, 6667, "-Lyon")];
            let bytes = render(lang, &rows, Some(&summary())).unwrap();
            assert_eq!(sheet_names(&bytes), [pairs, summary_name], "{lang:?}");
            let cells = sheet(&bytes, pairs);
            let got: Vec<String> = cells[0].iter().map(|c| c.to_string()).collect();
            assert_eq!(got, header, "{lang:?}");
            // Ranks and scores are number cells in every language; text is as read.
            assert_eq!(cells[2][0], Data::Float(2.0), "{lang:?}");
            assert_eq!(cells[2][1], Data::Float(66.67), "{lang:?}");
            assert_eq!(cells[1][3], Data::String("=1+1".into()), "{lang:?}");
            // The groups layout names its sheet in the language too.
            let groups = render_in(lang, &rows, "groups", None).unwrap();
            let name = lang.tr("workbook-sheet-groups", &[]);
            assert_ne!(name, "groups");
            assert_eq!(sheet_names(&groups), [name.as_str()], "{lang:?}");
            assert_eq!(sheet(&groups, &name)[0], cells[0], "{lang:?}");
        }
    }

    #[test]
    fn the_summary_labels_are_in_the_language_and_its_figures_numbers() {
        let french = sheet(
            &render(Lang::Fr, &[row(1, 8000, "a")], Some(&summary())).unwrap(),
            "résumé",
        );
        assert_eq!(french[0][0], Data::String("indicateur".into()));
        assert_eq!(find(&french, "méthode"), Data::String("optimal".into()));
        assert_eq!(find(&french, "paires"), Data::Float(1.0));
        assert_eq!(
            find(&french, "groupes qui cherchent un jumelage"),
            Data::Float(3.0)
        );
        assert_eq!(find(&french, "places non pourvues"), Data::Float(1.0));
        assert_eq!(find(&french, "note moyenne"), Data::Float(80.0));
        let spanish = sheet(
            &render(Lang::Es, &[row(1, 8000, "a")], Some(&summary())).unwrap(),
            "resumen",
        );
        assert_eq!(find(&spanish, "método"), Data::String("optimal".into()));
        assert_eq!(find(&spanish, "grupos hermanados"), Data::Float(2.0));
        assert_eq!(find(&spanish, "puntuación mínima"), Data::Float(80.0));
        let header = &spanish[spanish.len() - 2];
        assert_eq!(
            header[..4],
            ["grupos sin grupo hermano", "nombre", "país", "motivo"]
                .map(|h| Data::String(h.into()))
        );
        assert_eq!(spanish.last().unwrap()[0], Data::String("TH-BKK".into()));
        // No English label is left.
        for cells in [&french, &spanish] {
            for english in [
                "figure",
                "method",
                "pairs",
                "places unfilled",
                "mean score",
                "reason",
            ] {
                assert!(
                    cells.iter().all(|r| r[0] != Data::String(english.into())
                        && r.get(3) != Some(&Data::String(english.into()))),
                    "{english} in {cells:?}"
                );
            }
        }
    }

    #[test]
    fn every_language_has_ten_distinct_headers_and_the_english_ones_are_the_csv_fields() {
        assert_eq!(header(Lang::En), super::super::csv::HEADER);
        for lang in Lang::ALL {
            let h = header(lang);
            let distinct: std::collections::BTreeSet<String> =
                h.iter().map(|h| crate::model::normalize::fold(h)).collect();
            assert_eq!(distinct.len(), h.len(), "{lang:?}: {h:?}");
            // Excel refuses sheet names over 31 characters or with []:*?/\.
            for id in [
                "workbook-sheet-pairs",
                "workbook-sheet-groups",
                "workbook-sheet-summary",
            ] {
                let name = lang.tr(id, &[]);
                assert!(
                    name.chars().count() <= 31
                        && !name.contains(['[', ']', ':', '*', '?', '/', '\\'])
                );
            }
        }
    }

    #[test]
    fn the_output_is_the_same_every_run_and_an_empty_list_has_the_header() {
        let rows = vec![row(1, 8000, "a")];
        assert_eq!(render(Lang::En, &rows, None), render(Lang::En, &rows, None));
        assert_eq!(render(Lang::Fr, &rows, None), render(Lang::Fr, &rows, None));
        let cells = sheet(&render(Lang::En, &[], None).unwrap(), "pairs");
        assert_eq!(cells.len(), 1);
    }

    #[test]
    fn text_over_the_cell_limit_is_refused_naming_the_row_and_column_never_cut() {
        let at_limit = "a".repeat(MAX_CELL_CHARS);
        let cells = sheet(
            &render(Lang::En, &[row(1, 8000, &at_limit)], None).unwrap(),
            "pairs",
        );
        assert_eq!(cells[1][3], Data::String(at_limit.clone()));

        let mut long = row(2, 7000, "b");
        let too_long = format!("{at_limit}1");
        long.id_b = &too_long;
        let rows = [row(1, 8000, "a"), long];
        let e = render(Lang::En, &rows, None).unwrap_err();
        assert!(
            e.contains("pair 2 (sheet pairs, row 3), column id_b"),
            "{e}"
        );
        assert!(
            e.contains("32,768 characters") && e.contains("32,767"),
            "{e}"
        );
        assert!(e.contains("CSV"), "{e}");
        // In French and Spanish, naming the sheet and the column as the workbook has them.
        let e = render(Lang::Fr, &rows, None).unwrap_err();
        assert!(
            e.starts_with(
                "paire 2 (feuille « paires », ligne 3), colonne « identifiant B » : le texte « aaa"
            ),
            "{e}"
        );
        assert!(e.contains("32\u{202f}768 caractères"), "{e}");
        let e = render(Lang::Es, &rows, None).unwrap_err();
        assert!(
            e.starts_with("par 2 (hoja «pares», fila 3), columna «identificador B»: el texto «aaa"),
            "{e}"
        );
        assert!(
            e.contains("use CSV en su lugar") && !e.contains("characters"),
            "{e}"
        );

        // Counted in UTF-16 units, as Excel does: 16,384 emoji are 32,768 units.
        let emoji = "😀".repeat(16_384);
        let e = render(Lang::En, &[row(1, 8000, &emoji)], None).unwrap_err();
        assert!(e.contains("column name_a"), "{e}");
    }

    #[test]
    fn too_many_rows_for_a_sheet_is_said_in_the_language() {
        assert!(check_rows_in(Lang::En, MAX_ROWS as u64 - 1).is_ok());
        let e = check_rows_in(Lang::En, 1_080_000).unwrap_err();
        assert!(
            e.starts_with("1,080,000 pairs do not fit in an Excel sheet (at most 1,048,575)"),
            "{e}"
        );
        let e = check_rows_in(Lang::Fr, 1_080_000).unwrap_err();
        assert!(
            e.starts_with("1\u{202f}080\u{202f}000 paires ne tiennent pas dans une feuille Excel"),
            "{e}"
        );
        let e = check_rows_in(Lang::Es, 1_080_000).unwrap_err();
        assert!(
            e.starts_with("1\u{202f}080\u{202f}000 pares no caben en una hoja de Excel"),
            "{e}"
        );
    }

    #[test]
    fn a_plan_has_a_summary_sheet_with_the_groups_left_out() {
        let bytes = render(Lang::En, &[row(1, 8000, "a")], Some(&summary())).unwrap();
        assert_eq!(sheet_names(&bytes), ["pairs", "summary"]);
        let cells = sheet(&bytes, "summary");
        assert_eq!(find(&cells, "method"), Data::String("optimal".into()));
        assert_eq!(find(&cells, "pairs"), Data::Float(1.0));
        assert_eq!(find(&cells, "places unfilled"), Data::Float(1.0));
        assert_eq!(find(&cells, "mean score"), Data::Float(80.0));
        let left = cells.last().unwrap();
        assert_eq!(left[0], Data::String("TH-BKK".into()));
        assert!(left[3].to_string().contains("at capacity"), "{left:?}");
    }
}
