//! The CSV/TSV reader: header names in English, French, Spanish, Italian or Portuguese, in
//! any order.
//!
//! The bytes become a [`Table`] first (encoding, delimiter, line ends: see `table`); its rows
//! then go through the header matching every tabular reader shares (`records`). Header cells
//! are matched after folding (no case, accents or spacing), so "Thèmes", "THEMES" and
//! " themes " are one column. Unknown columns are ignored with one warning; a missing
//! required column or a column given twice is an error. Blank rows are skipped.

use super::loaded::Loaded;
use super::records::{ColumnNames, SourceRow, Wording, from_rows};
use super::table::Table;
use crate::error::Problem;
use crate::i18n::tr;

/// The messages that differ from spreadsheets.
const WORDING: Wording = Wording {
    empty: || tr("input-csv-empty", &[]),
    extra_values_hint: || tr("input-csv-extra-values-hint", &[]),
};

/// Turns a table read by [`read_table`](super::read_table) into records in `out`; `mapped`
/// adds header names (`[columns]` of twin.toml). The table's cells move into the records.
pub(super) fn parse(name: &str, table: Table, mapped: &ColumnNames, out: &mut Loaded) {
    if table.header.is_empty() {
        out.problems
            .push(Problem::new(name, None, (WORDING.empty)()));
        return;
    }
    // The header keeps its empty cells at the end, so rows as wide as it are accepted and
    // only wider ones (a stray delimiter) are refused.
    let mut cells = table.header;
    cells.resize(table.header_width.max(cells.len()), String::new());
    let header = SourceRow {
        line: table.header_line,
        cells,
        bad: Vec::new(),
    };
    let rows = table.rows.into_iter().map(|r| SourceRow {
        line: r.line,
        cells: r.cells,
        bad: Vec::new(),
    });
    from_rows(
        name,
        std::iter::once(header).chain(rows).map(Ok),
        WORDING,
        mapped,
        out,
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::input::{ReadOptions, read_table};
    use crate::model::profile::{Cell, Value};

    fn read(text: &str) -> Loaded {
        let mut out = Loaded::default();
        match read_table("t.csv", text.as_bytes(), b',', &ReadOptions::default()) {
            Ok(table) => parse("t.csv", table, &[], &mut out),
            Err(p) => out.problems = p,
        }
        out
    }

    fn text(c: &Option<Cell>) -> &str {
        match &c.as_ref().unwrap().value {
            Value::Text(t) => t,
            Value::List(_) => unreachable!(),
        }
    }

    #[test]
    fn headers_match_in_any_language_case_and_order() {
        let r = read(
            "Thèmes, NOM ,Pays,identifiant,Langues,Capacité,Notes\n\"health; housing\",Lyon,FR,F1,fr,2,x\n",
        );
        assert!(r.problems.is_empty(), "{:?}", r.problems);
        assert_eq!(r.records.len(), 1);
        let rec = &r.records[0];
        assert_eq!(rec.line, 2);
        assert_eq!(text(&rec.id), "F1");
        assert_eq!(text(&rec.themes), "health; housing");
        assert_eq!(&*rec.themes.as_ref().unwrap().column, "Thèmes");
        assert_eq!(text(&rec.capacity), "2");
        assert_eq!(r.warnings.len(), 1);
        assert!(r.warnings[0].message.contains("\"Notes\""));
    }

    #[test]
    fn missing_and_duplicated_columns_are_errors() {
        let r = read("id,name,country,languages\n1,a,FR,fr\n");
        assert_eq!(r.problems.len(), 1);
        assert!(
            r.problems[0]
                .to_string()
                .starts_with("t.csv:1: missing required column \"themes\"")
        );
        let r = read("id,name,nom,country,languages,themes\n");
        assert!(
            r.problems[0].message.contains("\"name\" and \"nom\""),
            "{:?}",
            r.problems
        );
    }

    #[test]
    fn blank_rows_are_skipped_and_lines_kept() {
        let r = read("\nid,name,country,languages,themes\n\n,,,,\n1,a,FR,fr,health\n");
        assert!(r.problems.is_empty());
        assert_eq!(r.records.len(), 1);
        assert_eq!(r.records[0].line, 5);
    }

    #[test]
    fn extra_values_and_empty_files_are_errors() {
        let r = read("id,name,country,languages,themes\n1,a,FR,fr,health,oops\n");
        assert!(
            r.problems[0]
                .to_string()
                .starts_with("t.csv:2: this row has 6 values")
        );
        assert!(read("").problems[0].message.contains("empty"));
        // Trailing empty cells are fine when the header has them too (as spreadsheets write
        // it), and refused when the row alone is wider: a separator too many shifts values.
        let r = read("id,name,country,languages,themes,,\n1,a,FR,fr,health,,\n");
        assert!(r.problems.is_empty(), "{:?}", r.problems);
        let r = read("id,name,country,languages,themes\n1,a,FR,fr,health,,\n");
        assert!(
            r.problems[0].message.contains("7 values"),
            "{:?}",
            r.problems
        );
    }
}
