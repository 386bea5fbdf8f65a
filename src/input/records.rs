//! The step every tabular reader shares: a header row and data rows of text → [`Record`]s.
//!
//! CSV and spreadsheets differ only in how they produce rows; from the rows on, the rules
//! are the same: the header is the first non-blank row, its cells are matched to [`Column`]s
//! in any language, case or accents; unknown columns are ignored with one warning; a missing
//! required column or a column given twice is an error; blank rows are skipped; a value to
//! the right of the last header column is an error.

use super::Loaded;
use super::csv::{Column, accepted_names};
use crate::error::Problem;
use crate::normalize::fold;
use crate::profile::{Cell, Record, Value};

/// One row as a reader produced it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Row {
    /// The 1-based line (CSV) or row number (spreadsheet) that messages name.
    pub line: u64,
    /// Every cell as text (a spreadsheet's numbers already written as text).
    pub cells: Vec<String>,
    /// Cells whose content cannot be used as text (a formula error, a date): their index in
    /// `cells` and why, e.g. `cell G5 holds an error (#DIV/0!)`. A bad cell in a column twin
    /// reads is a problem that drops the row; in an ignored column it does not matter.
    pub bad: Vec<(usize, String)>,
}

impl Row {
    fn is_blank(&self) -> bool {
        self.cells.iter().all(|c| c.trim().is_empty())
    }
}

/// How a reader wants a few messages phrased.
#[derive(Debug, Clone, Copy)]
pub struct Wording {
    /// The problem when no row has any content.
    pub empty: &'static str,
    /// Appended to "this row has N values but the header has M columns; ".
    pub extra_values_hint: &'static str,
}

/// The column a header cell names, if any (ignoring case, accents and spacing).
pub fn column_for(header: &str) -> Option<Column> {
    let key = fold(header);
    Column::ALL
        .into_iter()
        .find(|&c| accepted_names(c).iter().any(|n| fold(n) == key))
}

/// Turns `rows` of file `name` into records in `out`. A row that is `Err` (the reader could
/// not go on) is recorded as a problem and ends the file.
pub fn from_rows(
    name: &str,
    rows: impl IntoIterator<Item = Result<Row, Problem>>,
    wording: Wording,
    out: &mut Loaded,
) {
    let mut rows = rows.into_iter();

    // The header is the first row with any non-empty cell.
    let header = loop {
        match rows.next() {
            None => {
                out.problems.push(Problem::new(name, None, wording.empty));
                return;
            }
            Some(Err(p)) => {
                out.problems.push(p);
                return;
            }
            Some(Ok(row)) if row.is_blank() => continue,
            Some(Ok(row)) => break row,
        }
    };
    let header_line = header.line;
    let names: Vec<&str> = header.cells.iter().map(|c| c.trim()).collect();

    let mut columns: Vec<Option<Column>> = Vec::with_capacity(names.len());
    let mut unknown = Vec::new();
    let mut problems = Vec::new();
    for &cell in &names {
        let column = column_for(cell);
        match column {
            Some(c) => {
                if let Some(j) = columns.iter().position(|&o| o == Some(c)) {
                    problems.push(Problem::new(
                        name,
                        Some(header_line),
                        format!(
                            "columns \"{}\" and \"{}\" both give the {}; keep one",
                            names[j],
                            cell,
                            c.key()
                        ),
                    ));
                }
            }
            None if !cell.is_empty() => unknown.push(format!("\"{cell}\"")),
            None => {}
        }
        columns.push(column);
    }
    for c in Column::ALL.into_iter().filter(|c| c.required()) {
        if !columns.contains(&Some(c)) {
            problems.push(Problem::new(
                name,
                Some(header_line),
                format!(
                    "missing required column \"{}\" (accepted names: {})",
                    c.key(),
                    accepted_names(c).join(", ")
                ),
            ));
        }
    }
    if !problems.is_empty() {
        out.problems.extend(problems);
        return;
    }
    if !unknown.is_empty() {
        out.warnings.push(Problem::new(
            name,
            Some(header_line),
            format!("ignoring unknown column(s) {}", unknown.join(", ")),
        ));
    }

    for row in rows {
        let row = match row {
            Ok(r) => r,
            Err(p) => {
                out.problems.push(p);
                return;
            }
        };
        if row.is_blank() {
            continue;
        }
        let line = row.line;
        // Cells past the header's width: spreadsheets pad every row to the same width, so
        // even an empty one means a delimiter too many (e.g. an unquoted comma in a name
        // before an empty last column, which would otherwise shift every value silently).
        if row.cells.len() > columns.len() {
            out.problems.push(Problem::new(
                name,
                Some(line),
                format!(
                    "this row has {} values but the header has {} columns; {}",
                    row.cells.len(),
                    columns.len(),
                    wording.extra_values_hint
                ),
            ));
            continue;
        }
        let bad: Vec<Problem> = row
            .bad
            .iter()
            .filter(|(i, _)| columns.get(*i).is_some_and(Option::is_some))
            .map(|(i, why)| {
                Problem::new(name, Some(line), format!("column \"{}\": {why}", names[*i]))
            })
            .collect();
        if !bad.is_empty() {
            out.problems.extend(bad);
            continue;
        }
        let mut record = Record {
            file: name.to_string(),
            line,
            ..Record::default()
        };
        for (i, column) in columns.iter().enumerate() {
            let Some(column) = column else { continue };
            let value = row.cells.get(i).map_or("", String::as_str);
            let cell = Some(Cell {
                column: names[i].to_string(),
                value: Value::Text(value.to_string()),
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
        out.records.push(record);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const WORDING: Wording = Wording {
        empty: "empty",
        extra_values_hint: "hint",
    };

    fn row(line: u64, cells: &[&str]) -> Result<Row, Problem> {
        Ok(Row {
            line,
            cells: cells.iter().map(|c| c.to_string()).collect(),
            bad: Vec::new(),
        })
    }

    fn read(rows: Vec<Result<Row, Problem>>) -> Loaded {
        let mut out = Loaded::default();
        from_rows("t.xlsx", rows, WORDING, &mut out);
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
        assert_eq!(id.column, "Identifiant");
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

    #[test]
    fn empty_input_and_reader_errors_are_problems() {
        assert_eq!(read(vec![]).problems[0].message, "empty");
        let r = read(vec![Err(Problem::new("t.xlsx", Some(9), "broken"))]);
        assert_eq!(r.problems[0].to_string(), "t.xlsx:9: broken");
    }
}
