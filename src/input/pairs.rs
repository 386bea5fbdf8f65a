//! The pair-list reader: files that list pairs of groups, one a row — earlier plans
//! (`--history`), pairs already agreed (`--keep`), pairs never to propose (`--forbid`), or a
//! plan to look at again. Any table with `id_a` and `id_b` columns is a pair list: twin's
//! own CSV plan, its xlsx plan (first sheet `pairs`), or a hand-made CSV, TSV, .xlsx, .xls
//! or .ods. A CSV file is read like any other (encoding and delimiter detected, see
//! `table`); a workbook from its first sheet (see `sheet`).
//!
//! The reader checks what a file alone can tell: the two columns, an id on both sides, two
//! different ids. Whether the ids are groups of the input, and whether lists contradict
//! each other, is for the caller, which knows the dataset ([`repeats`] finds a pair listed
//! twice).

use std::collections::HashMap;

use super::table::{Table, trim_cell};
use crate::error::Problem;
use crate::i18n::{Lang, tr};
use crate::model::normalize::fold;

/// What a pair list is read for; named in its messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListRole {
    /// `--history`: pairs that already exist.
    History,
    /// `--keep`: pairs already agreed, always in the plan.
    Keep,
    /// `--forbid`: pairs never proposed.
    Forbid,
    /// A plan read back (e.g. to review it).
    Plan,
}

impl ListRole {
    /// The file's name in messages: "a history file needs the columns …".
    pub fn noun(self) -> &'static str {
        match self {
            ListRole::History => "history file",
            ListRole::Keep => "keep file",
            ListRole::Forbid => "forbid file",
            ListRole::Plan => "plan",
        }
    }

    /// The role's name in Fluent selectors (`{ $role -> [history] … }`): `history`, `keep`,
    /// `forbid` or `plan`.
    pub fn code(self) -> &'static str {
        match self {
            ListRole::History => "history",
            ListRole::Keep => "keep",
            ListRole::Forbid => "forbid",
            ListRole::Plan => "plan",
        }
    }

    /// The option naming such files (`--history`), or "" for a plan.
    pub fn flag(self) -> &'static str {
        match self {
            ListRole::History => "--history",
            ListRole::Keep => "--keep",
            ListRole::Forbid => "--forbid",
            ListRole::Plan => "",
        }
    }
}

/// A pair from a pair list, with where it was read: ids as written (never two equal ids).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListedPair {
    pub id_a: String,
    pub id_b: String,
    pub file: String,
    pub line: u64,
}

impl ListedPair {
    /// The pair's two ids in a fixed order (smaller first), so (A, B) and (B, A) compare equal.
    pub fn key(&self) -> (&str, &str) {
        let (a, b) = (self.id_a.as_str(), self.id_b.as_str());
        if a <= b { (a, b) } else { (b, a) }
    }

    /// `file:line`, for messages.
    pub fn at(&self) -> String {
        format!("{}:{}", self.file, self.line)
    }
}

/// Reads the pairs of one pair list, already read as a table (any encoding or delimiter
/// [`read_table`](super::read_table) accepts). Every bad row is reported: a missing id, or a
/// group paired with itself.
pub fn parse(name: &str, table: &Table, role: ListRole) -> Result<Vec<ListedPair>, Vec<Problem>> {
    if table.header.is_empty() {
        return Err(vec![Problem::new(
            name,
            None,
            tr("input-pairs-empty", &[("role", role.code().into())]),
        )]);
    }
    // The CSV field name, or the header of twin's own xlsx workbook in any of its languages
    // (« identifiant A », « identificador B »), whatever the run's: a French plan can be
    // reviewed in Spanish. Case, accents and punctuation aside, as `fold` compares.
    let find = |key: &str, workbook: [String; 3]| {
        table.header.iter().position(|h| {
            let h = fold(h);
            h == fold(key) || workbook.iter().any(|w| h == fold(w))
        })
    };
    let (Some(ia), Some(ib)) = (
        find("id_a", Lang::ALL.map(|l| l.tr("workbook-header-id-a", &[]))),
        find("id_b", Lang::ALL.map(|l| l.tr("workbook-header-id-b", &[]))),
    ) else {
        return Err(vec![Problem::new(
            name,
            Some(table.header_line),
            tr("input-pairs-no-columns", &[("role", role.code().into())]),
        )]);
    };
    let mut out = Vec::new();
    let mut problems = Vec::new();
    for row in &table.rows {
        let cell = |i: usize| row.cells.get(i).map_or("", |c| trim_cell(c));
        let (a, b) = (unneutralise(cell(ia)), unneutralise(cell(ib)));
        if a.is_empty() || b.is_empty() {
            problems.push(Problem::new(
                name,
                Some(row.line),
                tr("input-pairs-missing-id", &[]),
            ));
            continue;
        }
        if a == b {
            problems.push(Problem::new(
                name,
                Some(row.line),
                tr(
                    "input-pairs-self",
                    &[("id", crate::output::terminal::escape(a).into_owned().into())],
                ),
            ));
            continue;
        }
        out.push(ListedPair {
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

/// The pairs of `pairs` listed again after their first time (in either order of the ids),
/// each with the index of its first listing: `(again, first)`, in list order.
pub fn repeats(pairs: &[ListedPair]) -> Vec<(usize, usize)> {
    let mut first: HashMap<(&str, &str), usize> = HashMap::with_capacity(pairs.len());
    let mut out = Vec::new();
    for (i, p) in pairs.iter().enumerate() {
        match first.get(&p.key()) {
            Some(&j) => out.push((i, j)),
            None => {
                first.insert(p.key(), i);
            }
        }
    }
    out
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

    fn parse(name: &str, text: &str) -> Result<Vec<ListedPair>, Vec<Problem>> {
        read_table(name, text.as_bytes(), b',', &ReadOptions::default())
            .and_then(|t| super::parse(name, &t, ListRole::History))
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
        assert_eq!(p[0].at(), "h.csv:2");
        assert!(
            parse("h.csv", "a,b\n1,2\n").unwrap_err()[0]
                .message
                .contains("a history file needs the columns id_a and id_b")
        );
        assert_eq!(
            parse("h.csv", "id_a,id_b\nA,\n").unwrap_err()[0].line,
            Some(2)
        );
    }

    #[test]
    fn reads_the_id_headers_of_twins_workbook_in_every_language() {
        for lang in Lang::ALL {
            let (a, b) = (
                lang.tr("workbook-header-id-a", &[]),
                lang.tr("workbook-header-id-b", &[]),
            );
            let text = format!(
                "{},x,{b},{a}\nB,y,C,A\n",
                lang.tr("workbook-header-rank", &[])
            );
            let p = parse("plan.csv", &text).unwrap();
            assert_eq!(
                (p[0].id_a.as_str(), p[0].id_b.as_str()),
                ("A", "C"),
                "{lang:?}"
            );
        }
        // As a person may retype them: case, accents and spaces aside.
        for header in [
            "IDENTIFIANT  a,Identifiant B",
            "identificador a,IDENTIFICADOR B",
        ] {
            let p = parse("plan.csv", &format!("{header}\nA,B\n")).unwrap();
            assert_eq!(
                (p[0].id_a.as_str(), p[0].id_b.as_str()),
                ("A", "B"),
                "{header}"
            );
        }
        // Another column of the workbook is not an id.
        assert!(parse("plan.csv", "nom A,nom B\nA,B\n").is_err());
    }

    #[test]
    fn a_group_paired_with_itself_is_an_error_on_its_line() {
        let err = parse("k.csv", "id_a,id_b\nA,B\nC,C\nD,\n").unwrap_err();
        assert_eq!(err.len(), 2);
        assert_eq!(err[0].line, Some(3));
        assert!(err[0].message.contains("\"C\" is paired with itself"));
        assert_eq!(err[1].line, Some(4));
    }

    #[test]
    fn repeats_are_found_in_either_order() {
        let p = parse("k.csv", "id_a,id_b\nA,B\nC,D\nB,A\nA,C\nA,B\n").unwrap();
        assert_eq!(repeats(&p), [(2, 0), (4, 0)]);
        assert!(repeats(&p[..2]).is_empty());
        assert_eq!(p[0].key(), p[2].key());
    }
}
