//! The step every tabular reader shares: a header row and data rows of text → [`Record`]s.
//!
//! CSV and spreadsheets differ only in how they produce rows; from the rows on, the rules
//! are the same: the header is the first non-blank row, its cells are matched to [`Column`]s
//! in any language, case or accents; unknown columns are ignored with one warning; a missing
//! required column or a column given twice is an error; blank rows are skipped; a value to
//! the right of the last header column is an error.
//!
//! Forgiving where it is safe: title rows above the header are skipped with a note; a header
//! cell that looks like a missing column is named in the error with the `[columns]` line of
//! twin.toml that maps it; names from `[columns]` are accepted on top of the built-in ones.

use std::collections::HashMap;
use std::sync::Arc;

use super::columns::{Column, accepted_names};
use super::loaded::Loaded;
use super::table::{MAX_FIELD_BYTES, MAX_TITLE_ROWS};
use crate::error::{Problem, push_folded};
use crate::i18n::tr;
use crate::model::normalize::fold;
use crate::model::profile::{Cell, Record, Value};

/// One row as a reader produced it (CSV or spreadsheet), before it is matched to columns.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct SourceRow {
    /// The 1-based line (CSV) or row number (spreadsheet) that messages name.
    pub line: u64,
    /// Every cell as text (a spreadsheet's numbers already written as text).
    pub cells: Vec<String>,
    /// Cells whose content cannot be used as text (a formula error, a date): their index in
    /// `cells` and why, e.g. `cell G5 holds an error (#DIV/0!)`. A bad cell in a column twin
    /// reads is a problem that drops the row; in an ignored column it does not matter.
    pub bad: Vec<(usize, String)>,
}

impl SourceRow {
    fn is_blank(&self) -> bool {
        self.cells.iter().all(|c| c.trim().is_empty())
    }
}

/// How a reader wants a few messages phrased, each in the run's language.
#[derive(Debug, Clone, Copy)]
pub(super) struct Wording {
    /// The problem when no row has any content.
    pub empty: fn() -> String,
    /// Appended to "this row has N values but the header has M columns; ".
    pub extra_values_hint: fn() -> String,
}

/// Texts quoted from a file, each in the run's quotation marks (`"a", "b"` in English,
/// `« a », « b »` in French), joined with commas.
pub(super) fn quoted_list<'a>(items: impl IntoIterator<Item = &'a str>) -> String {
    items
        .into_iter()
        .map(|t| tr("quoted", &[("text", t.into())]))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Header names the user gave to columns (`[columns]` in twin.toml), on top of the built-in
/// names of [`accepted_names`]: `(Column::Themes, "Thèmes principaux")`.
pub(super) type ColumnNames = [(Column, String)];

/// Every header name a file accepts, folded once: the built-in names of [`accepted_names`]
/// and those of `[columns]`, a `[columns]` name winning over a built-in one. Folding each
/// header cell once and looking it up keeps a header of a million cells linear.
struct Vocabulary {
    names: HashMap<String, Column>,
}

impl Vocabulary {
    fn new(mapped: &ColumnNames) -> Self {
        let mut names = HashMap::new();
        for (c, n) in mapped {
            names.entry(fold(n)).or_insert(*c);
        }
        for c in Column::ALL {
            for n in accepted_names(c) {
                names.entry(fold(n)).or_insert(c);
            }
        }
        names.remove("");
        Self { names }
    }

    /// The column a header cell names, if any (ignoring case, accents and spacing).
    fn column_for(&self, header: &str) -> Option<Column> {
        self.names.get(&fold(header)).copied()
    }

    /// How many different columns a row's cells name.
    fn known_columns(&self, row: &SourceRow) -> usize {
        let mut seen: Vec<Column> = row
            .cells
            .iter()
            .filter_map(|c| self.column_for(c))
            .collect();
        seen.sort_by_key(|&c| c as usize);
        seen.dedup();
        seen.len()
    }
}

/// The column an unknown header cell probably means, for a hint: one of its words is an
/// accepted name ("Thèmes principaux", "Pays d'origine"), or it is a near spelling of one
/// ("Langeus").
fn looks_like(cell: &str, column: Column) -> bool {
    let key = fold(cell);
    accepted_names(column).iter().any(|n| {
        let n = fold(n);
        key.split(' ').any(|w| w == n) || strsim::jaro_winkler(&key, &n) >= 0.9
    })
}

/// Turns `rows` of file `name` into records in `out`. A row that is `Err` (the reader could
/// not go on) is recorded as a problem and ends the file. `mapped` adds header names.
///
/// The header is the first non-blank row, unless that row names no known column and one of
/// the next [`MAX_TITLE_ROWS`] rows names at least two: the rows above it are then titles,
/// skipped with a note naming the line taken as the header.
pub(super) fn from_rows(
    name: &str,
    rows: impl IntoIterator<Item = Result<SourceRow, Problem>>,
    wording: Wording,
    mapped: &ColumnNames,
    out: &mut Loaded,
) {
    let vocabulary = Vocabulary::new(mapped);
    let mut rows = rows
        .into_iter()
        .filter(|r| !r.as_ref().is_ok_and(SourceRow::is_blank));

    // The first rows, to find the header below any title rows.
    let mut first: Vec<SourceRow> = Vec::new();
    let mut failed = None;
    while first.len() <= MAX_TITLE_ROWS {
        match rows.next() {
            None => break,
            Some(Err(p)) => {
                failed = Some(p);
                break;
            }
            Some(Ok(row)) => {
                let known = vocabulary.known_columns(&row);
                first.push(row);
                if (first.len() == 1 && known > 0) || known >= 2 {
                    break;
                }
            }
        }
    }
    let at = match first.last() {
        Some(last) if first.len() > 1 && vocabulary.known_columns(last) >= 2 => first.len() - 1,
        _ => 0,
    };
    let mut first = first.into_iter().skip(at);
    let Some(header) = first.next() else {
        out.problems
            .push(failed.unwrap_or_else(|| Problem::new(name, None, (wording.empty)())));
        return;
    };
    if at > 0 {
        out.notes.push(Problem::new(
            name,
            Some(header.line),
            tr(
                "input-title-rows-skipped",
                &[
                    ("line", header.line.to_string().into()),
                    ("count", (at as u64).into()),
                ],
            ),
        ));
    }
    let Some(header) = read_header(name, &header, &vocabulary, mapped, out) else {
        return;
    };
    for row in first.map(Ok).chain(failed.map(Err)).chain(rows) {
        let mut row = match row {
            Ok(r) => r,
            Err(p) => {
                out.problems.push(p);
                return;
            }
        };
        if row.is_blank() {
            continue;
        }
        let problems = row_problems(name, &row, &header, wording);
        if problems.is_empty() {
            out.records.push(header.record(&mut row));
        } else {
            for p in problems {
                push_folded(&mut out.problems, p);
            }
        }
    }
}

/// A header matched to columns: what turns each row below it into a record.
struct Header {
    file: Arc<str>,
    /// Each header cell, trimmed, as records name it.
    names: Vec<Arc<str>>,
    /// The column each header cell gives, if any.
    columns: Vec<Option<Column>>,
}

/// Matches the header's cells to columns: an error for a column given twice or a required
/// column missing (then `None`), a warning naming the columns ignored.
fn read_header(
    name: &str,
    header: &SourceRow,
    vocabulary: &Vocabulary,
    mapped: &ColumnNames,
    out: &mut Loaded,
) -> Option<Header> {
    let line = header.line;
    let names: Vec<&str> = header.cells.iter().map(|c| c.trim()).collect();
    let mut columns: Vec<Option<Column>> = Vec::with_capacity(names.len());
    let mut unknown = Vec::new();
    let mut problems = Vec::new();
    for &cell in &names {
        let column = vocabulary.column_for(cell);
        match column {
            Some(c) => {
                if let Some(j) = columns.iter().position(|&o| o == Some(c)) {
                    problems.push(Problem::new(
                        name,
                        Some(line),
                        tr(
                            "input-duplicate-column",
                            &[
                                ("first", names[j].into()),
                                ("second", cell.into()),
                                ("column", c.key().into()),
                            ],
                        ),
                    ));
                }
            }
            None if !cell.is_empty() => unknown.push(cell),
            None => {}
        }
        columns.push(column);
    }
    for c in Column::ALL.into_iter().filter(|c| c.required()) {
        if !columns.contains(&Some(c)) {
            problems.push(Problem::new(
                name,
                Some(line),
                missing_column(c, &unknown, mapped),
            ));
        }
    }
    if !problems.is_empty() {
        out.problems.extend(problems);
        return None;
    }
    if !unknown.is_empty() {
        out.warnings.push(Problem::new(
            name,
            Some(line),
            tr(
                "input-unknown-columns",
                &[
                    ("count", (unknown.len() as u64).into()),
                    ("columns", quoted_list(unknown.iter().copied()).into()),
                ],
            ),
        ));
    }
    Some(Header {
        file: name.into(),
        names: names.iter().map(|&n| n.into()).collect(),
        columns,
    })
}

/// Why a data row cannot become a record (empty when it can): values past the header's
/// width, or a bad or over-long cell in a column twin reads.
fn row_problems(name: &str, row: &SourceRow, header: &Header, wording: Wording) -> Vec<Problem> {
    let line = row.line;
    let width = header.columns.len();
    // Cells past the header's width: spreadsheets pad every row to the same width, so
    // even an empty one means a delimiter too many (e.g. an unquoted comma in a name
    // before an empty last column, which would otherwise shift every value silently).
    if row.cells.len() > width {
        return vec![Problem::new(
            name,
            Some(line),
            tr(
                "input-extra-values",
                &[
                    ("values", (row.cells.len() as u64).into()),
                    ("columns", (width as u64).into()),
                    ("hint", (wording.extra_values_hint)().into()),
                ],
            ),
        )];
    }
    // A value over budget (a spreadsheet cell; CSV refuses it while reading) is a bad cell.
    let long: Vec<(usize, String)> = row
        .cells
        .iter()
        .enumerate()
        .filter(|(_, c)| c.len() > MAX_FIELD_BYTES)
        .map(|(i, _)| {
            (
                i,
                tr(
                    "input-cell-too-long",
                    &[("limit", (MAX_FIELD_BYTES as u64).into())],
                ),
            )
        })
        .collect();
    row.bad
        .iter()
        .chain(&long)
        .filter(|(i, _)| header.columns.get(*i).is_some_and(Option::is_some))
        .map(|(i, why)| {
            Problem::new(
                name,
                Some(line),
                tr(
                    "input-bad-cell",
                    &[
                        ("column", (*header.names[*i]).into()),
                        ("why", why.as_str().into()),
                    ],
                ),
            )
        })
        .collect()
}

impl Header {
    /// The record of a row without problems. The cells' text is moved, not copied: a file
    /// is held once.
    fn record(&self, row: &mut SourceRow) -> Record {
        let mut record = Record {
            file: self.file.clone(),
            line: row.line,
            ..Record::default()
        };
        for (i, column) in self.columns.iter().enumerate() {
            let Some(column) = column else { continue };
            let value = row.cells.get_mut(i).map(std::mem::take).unwrap_or_default();
            let cell = Some(Cell {
                column: self.names[i].clone(),
                value: Value::Text(value),
                line: None,
            });
            match column {
                Column::Id => record.id = cell,
                Column::Name => record.name = cell,
                Column::Country => record.country = cell,
                Column::Languages => record.languages = cell,
                Column::Themes => record.themes = cell,
                Column::City => record.city = cell,
                Column::Capacity => record.capacity = cell,
                Column::Twins => record.twins = cell,
            }
        }
        record
    }
}

/// "missing required column …", with the accepted names, the header name twin.toml gives it
/// if any, and an unknown header cell that looks like it.
fn missing_column(column: Column, unknown: &[&str], mapped: &ColumnNames) -> String {
    let key = column.key();
    let mut message = tr(
        "input-missing-column",
        &[
            ("column", key.into()),
            ("names", accepted_names(column).join(", ").into()),
        ],
    );
    for (_, n) in mapped.iter().filter(|(c, _)| *c == column) {
        message.push_str(&tr(
            "input-missing-column-mapped",
            &[("column", key.into()), ("name", n.as_str().into())],
        ));
    }
    if let Some(cell) = unknown.iter().find(|u| looks_like(u, column)) {
        message.push_str(&tr(
            "input-missing-column-looks-like",
            &[("column", key.into()), ("cell", (*cell).into())],
        ));
    }
    message
}

#[cfg(test)]
mod tests {
    use super::*;

    const WORDING: Wording = Wording {
        empty: || "empty".to_string(),
        extra_values_hint: || "hint".to_string(),
    };

    fn row(line: u64, cells: &[&str]) -> Result<SourceRow, Problem> {
        Ok(SourceRow {
            line,
            cells: cells.iter().map(|c| c.to_string()).collect(),
            bad: Vec::new(),
        })
    }

    fn read(rows: Vec<Result<SourceRow, Problem>>) -> Loaded {
        let mut out = Loaded::default();
        from_rows("t.xlsx", rows, WORDING, &[], &mut out);
        out
    }

    #[test]
    fn rows_become_records_with_their_line_and_header_spelling() {
        let r = read(vec![
            row(3, &["", ""]),
            row(
                4,
                &["Identifiant", "Nom", "Pays", "Langues", "Thèmes", "Notes"],
            ),
            row(5, &["F1", "Lyon", "FR", "fr", "santé", "x"]),
            row(6, &["", "", "", "", "", ""]),
            row(7, &["F2", "Nice", "FR", "fr", "santé", ""]),
        ]);
        assert!(r.problems.is_empty(), "{:?}", r.problems);
        assert_eq!(r.records.len(), 2);
        assert_eq!(r.records[1].line, 7);
        let id = r.records[0].id.as_ref().unwrap();
        assert_eq!(&*id.column, "Identifiant");
        assert_eq!(id.value, Value::Text("F1".into()));
        assert_eq!(r.warnings.len(), 1);
        assert_eq!(r.warnings[0].line, Some(4));
    }

    #[test]
    fn a_bad_cell_is_a_problem_only_in_a_column_twin_reads() {
        let mut bad = row(2, &["F1", "Lyon", "FR", "fr", "health", "#N/A", "#REF!"]).unwrap();
        bad.bad = vec![
            (5, "cell F2 holds an error (#N/A)".into()),
            (6, "cell G2 holds an error (#REF!)".into()),
        ];
        let r = read(vec![
            row(
                1,
                &[
                    "id",
                    "name",
                    "country",
                    "languages",
                    "themes",
                    "capacity",
                    "notes",
                ],
            ),
            Ok(bad),
        ]);
        assert!(r.records.is_empty());
        assert_eq!(r.problems.len(), 1, "{:?}", r.problems);
        assert_eq!(
            r.problems[0].to_string(),
            "t.xlsx:2: column \"capacity\": cell F2 holds an error (#N/A)"
        );
    }

    const HEADER: [&str; 5] = ["Identifiant", "Nom", "Pays", "Langues", "Thèmes"];

    #[test]
    fn title_rows_above_the_header_are_skipped_with_a_note() {
        let r = read(vec![
            row(1, &["Liste des groupes AIC 2025", "", "", "", ""]),
            row(2, &["", "", "", "", ""]),
            row(3, &["mise à jour : mars", "", "", "", ""]),
            row(4, &HEADER),
            row(5, &["F1", "Lyon", "FR", "fr", "santé"]),
        ]);
        assert!(r.problems.is_empty(), "{:?}", r.problems);
        assert_eq!(r.records.len(), 1);
        assert_eq!(r.records[0].line, 5);
        assert_eq!(
            r.notes[0].to_string(),
            "t.xlsx:4: line 4 taken as the header; the 2 rows above it read as a title and skipped"
        );
        // Past MAX_TITLE_ROWS, or when the first row names a column, the first row is the header.
        let mut rows: Vec<_> = (1..=MAX_TITLE_ROWS as u64 + 1)
            .map(|l| row(l, &["title"]))
            .collect();
        rows.push(row(9, &HEADER));
        let r = read(rows);
        assert_eq!(r.problems[0].line, Some(1), "{:?}", r.problems);
        assert!(r.notes.is_empty());
        let r = read(vec![row(1, &["id", "Note"]), row(2, &HEADER)]);
        assert_eq!(r.problems[0].line, Some(1), "{:?}", r.problems);
    }

    #[test]
    fn a_header_cell_close_to_a_missing_column_is_named_and_can_be_mapped() {
        let header = ["id", "nom", "pays", "langues", "Thèmes principaux"];
        let r = read(vec![
            row(1, &header),
            row(2, &["F1", "Lyon", "FR", "fr", "santé"]),
        ]);
        assert_eq!(r.problems.len(), 1, "{:?}", r.problems);
        assert!(
            r.problems[0].message.ends_with(
                "column \"Thèmes principaux\" looks like themes: map it with [columns] themes = \"Thèmes principaux\" in twin.toml"
            ),
            "{:?}",
            r.problems
        );
        let mapped = [(Column::Themes, "thèmes  PRINCIPAUX".to_string())];
        let mut out = Loaded::default();
        let rows = vec![
            row(1, &header),
            row(2, &["F1", "Lyon", "FR", "fr", "santé"]),
        ];
        from_rows("t.xlsx", rows, WORDING, &mapped, &mut out);
        assert!(
            out.problems.is_empty() && out.warnings.is_empty(),
            "{out:?}"
        );
        assert_eq!(
            &*out.records[0].themes.as_ref().unwrap().column,
            "Thèmes principaux"
        );
        // A mapped name the header lacks is named when the column is missing.
        let mapped = [(Column::Themes, "Sujets".to_string())];
        let mut out = Loaded::default();
        from_rows(
            "t.xlsx",
            vec![row(1, &header[..4])],
            WORDING,
            &mapped,
            &mut out,
        );
        assert!(
            out.problems[0]
                .message
                .contains("twin.toml maps themes to \"Sujets\""),
            "{out:?}"
        );
    }

    #[test]
    fn a_cell_over_the_value_budget_is_a_problem_in_a_column_twin_reads() {
        let long = "x".repeat(MAX_FIELD_BYTES + 1);
        let r = read(vec![
            row(
                1,
                &["id", "name", "country", "languages", "themes", "notes"],
            ),
            row(2, &["F1", &long, "FR", "fr", "health", ""]),
            row(3, &["F2", "Lyon", "FR", "fr", "health", &long]),
        ]);
        assert_eq!(r.records.len(), 1);
        assert_eq!(
            r.problems[0].to_string(),
            "t.xlsx:2: column \"name\": the value is longer than 1,000,000 bytes, twin's limit for one value"
        );
    }

    #[test]
    fn empty_input_and_reader_errors_are_problems() {
        assert_eq!(read(vec![]).problems[0].message, "empty");
        let r = read(vec![Err(Problem::new("t.xlsx", Some(9), "broken"))]);
        assert_eq!(r.problems[0].to_string(), "t.xlsx:9: broken");
    }
}
