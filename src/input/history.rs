//! The history reader: earlier plans, as twin's own pair rows (CSV or xlsx) or any table with
//! `id_a` and `id_b` columns. Each row is a pair that already exists and must not be proposed
//! again. A CSV file is read like any other (encoding and delimiter detected, see `table`); a
//! workbook from its first sheet (see `sheet`).

use super::table::{Table, trim_cell};
use crate::error::Problem;
use crate::model::normalize::fold;

/// A pair from a history file, with where it was read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PastPair {
    pub id_a: String,
    pub id_b: String,
    pub file: String,
    pub line: u64,
}

/// Reads the pairs of one history file, already read as a table (any encoding or delimiter
/// [`read_table`](super::read_table) accepts).
pub fn parse(name: &str, table: &Table) -> Result<Vec<PastPair>, Vec<Problem>> {
    if table.header.is_empty() {
        return Err(vec![Problem::new(
            name,
            None,
            "the history file is empty: expected a header with id_a and id_b",
        )]);
    }
    let find = |key: &str| table.header.iter().position(|h| fold(h) == fold(key));
    let (Some(ia), Some(ib)) = (find("id_a"), find("id_b")) else {
        return Err(vec![Problem::new(
            name,
            Some(table.header_line),
            "a history file needs the columns id_a and id_b (as in twin's own CSV output)",
        )]);
    };
    let mut out = Vec::new();
    let mut problems = Vec::new();
    for row in &table.rows {
        let cell = |i: usize| row.cells.get(i).map_or("", |c| trim_cell(c));
        let (a, b) = (unneutralise(cell(ia)), unneutralise(cell(ib)));
        if a.is_empty() || b.is_empty() {
            problems.push(Problem::new(name, Some(row.line), "missing id_a or id_b"));
            continue;
        }
        out.push(PastPair {
            id_a: a.to_string(),
            id_b: b.to_string(),
            file: name.to_string(),
            line: row.line,
        });
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(problems)
    }
}

/// An id as twin wrote it before CSV neutralisation (`'=X` → `=X`; see `output::neutralise`).
fn unneutralise(id: &str) -> &str {
    match id.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest,
        _ => id,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::{ReadOptions, read_table};

    fn parse(name: &str, text: &str) -> Result<Vec<PastPair>, Vec<Problem>> {
        read_table(name, text.as_bytes(), b',', &ReadOptions::default())
            .and_then(|t| super::parse(name, &t))
    }

    #[test]
    fn reads_twins_own_output_and_plain_pairs() {
        let own = "rank,score,id_a,name_a,country_a,id_b,name_b,country_b,shared_themes,shared_languages\n1,80.00,A,x,FR,B,y,ES,health,fr\n";
        let p = parse("plan.csv", own).unwrap();
        assert_eq!(
            (p[0].id_a.as_str(), p[0].id_b.as_str(), p[0].line),
            ("A", "B", 2)
        );
        let plain = "ID_B,ID_A\nC,D\n\n";
        let p = parse("h.csv", plain).unwrap();
        assert_eq!((p[0].id_a.as_str(), p[0].id_b.as_str()), ("D", "C"));
        assert!(
            parse("h.csv", "a,b\n1,2\n").unwrap_err()[0]
                .message
                .contains("id_a")
        );
        assert_eq!(
            parse("h.csv", "id_a,id_b\nA,\n").unwrap_err()[0].line,
            Some(2)
        );
    }
}
