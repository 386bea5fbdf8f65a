//! The history reader: earlier plans, as twin's own pair-row CSV or any CSV with `id_a` and
//! `id_b` columns. Each row is a pair that already exists and must not be proposed again.

use crate::error::Problem;
use crate::normalize::fold;

/// A pair from a history file, with where it was read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PastPair {
    pub id_a: String,
    pub id_b: String,
    pub file: String,
    pub line: u64,
}

/// Parses one history file's text (UTF-8, optional BOM already removed).
pub fn parse(name: &str, text: &str) -> Result<Vec<PastPair>, Vec<Problem>> {
    let delimiter = if name.to_ascii_lowercase().ends_with(".tsv") {
        b'\t'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut rows = reader.records();
    let header = match rows.next() {
        Some(Ok(h)) => h,
        Some(Err(e)) => {
            return Err(vec![Problem::new(
                name,
                e.position().map(|p| p.line()),
                format!("cannot read CSV: {e}"),
            )]);
        }
        None => {
            return Err(vec![Problem::new(
                name,
                None,
                "the history file is empty: expected a header with id_a and id_b",
            )]);
        }
    };
    let find = |key: &str| header.iter().position(|h| fold(h) == fold(key));
    let (Some(ia), Some(ib)) = (find("id_a"), find("id_b")) else {
        return Err(vec![Problem::new(
            name,
            Some(1),
            "a history file needs the columns id_a and id_b (as in twin's own CSV output)",
        )]);
    };
    let mut out = Vec::new();
    let mut problems = Vec::new();
    for row in rows {
        let row = match row {
            Ok(r) => r,
            Err(e) => {
                problems.push(Problem::new(
                    name,
                    e.position().map(|p| p.line()),
                    format!("cannot read CSV: {e}"),
                ));
                break;
            }
        };
        if row.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let line = row.position().map_or(0, |p| p.line());
        let a = row.get(ia).unwrap_or("").trim();
        let b = row.get(ib).unwrap_or("").trim();
        if a.is_empty() || b.is_empty() {
            problems.push(Problem::new(name, Some(line), "missing id_a or id_b"));
            continue;
        }
        out.push(PastPair {
            id_a: a.to_string(),
            id_b: b.to_string(),
            file: name.to_string(),
            line,
        });
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(problems)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
