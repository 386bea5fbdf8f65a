//! The CSV/TSV reader: header names in English, French, Spanish or Italian, in any order.
//!
//! Header cells are matched after folding (no case, accents or spacing), so "Thèmes",
//! "THEMES" and " themes " are one column. Unknown columns are ignored with one warning;
//! a missing required column or a column given twice is an error. Blank rows are skipped.

use super::Loaded;
use crate::error::Problem;
use crate::normalize::fold;
use crate::profile::{Cell, Record, Value};

/// The columns twin reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    Id,
    Name,
    Country,
    Languages,
    Themes,
    City,
    Capacity,
    Twins,
}

impl Column {
    pub const ALL: [Column; 8] = [
        Column::Id,
        Column::Name,
        Column::Country,
        Column::Languages,
        Column::Themes,
        Column::City,
        Column::Capacity,
        Column::Twins,
    ];

    pub fn required(self) -> bool {
        matches!(
            self,
            Column::Id | Column::Name | Column::Country | Column::Languages | Column::Themes
        )
    }

    /// The canonical (English) name, also the TOML key.
    pub fn key(self) -> &'static str {
        accepted_names(self)[0]
    }
}

/// Header names accepted for a column; the first is the canonical one.
pub fn accepted_names(column: Column) -> &'static [&'static str] {
    match column {
        Column::Id => &["id", "identifiant", "identificador", "code"],
        Column::Name => &["name", "nom", "nombre", "nome"],
        Column::Country => &["country", "pays", "país", "paese"],
        Column::Languages => &[
            "languages",
            "language",
            "langues",
            "langue",
            "idiomas",
            "idioma",
            "lingue",
        ],
        Column::Themes => &["themes", "theme", "thèmes", "temas", "temi"],
        Column::City => &["city", "ville", "ciudad", "città"],
        Column::Capacity => &["capacity", "capacité", "capacidad", "capacità"],
        Column::Twins => &["twins", "jumelages", "hermanamientos", "gemellaggi"],
    }
}

fn column_for(header: &str) -> Option<Column> {
    let key = fold(header);
    Column::ALL
        .into_iter()
        .find(|&c| accepted_names(c).iter().any(|n| fold(n) == key))
}

pub(super) fn parse(name: &str, text: &str, delimiter: u8, out: &mut Loaded) {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut rows = reader.records();

    // The header is the first row with any non-empty cell.
    let header = loop {
        match rows.next() {
            None => {
                out.problems.push(Problem::new(
                    name,
                    None,
                    "the file is empty: expected a header row (id, name, country, languages, themes, …)",
                ));
                return;
            }
            Some(Err(e)) => {
                out.problems.push(csv_problem(name, &e));
                return;
            }
            Some(Ok(row)) if row.iter().all(|c| c.trim().is_empty()) => continue,
            Some(Ok(row)) => break row,
        }
    };
    let header_line = header.position().map_or(1, |p| p.line());

    let mut columns: Vec<Option<Column>> = Vec::with_capacity(header.len());
    let mut unknown = Vec::new();
    let mut problems = Vec::new();
    for cell in header.iter() {
        let cell = cell.trim();
        let column = column_for(cell);
        match column {
            Some(c) => {
                if let Some(j) = columns.iter().position(|&o| o == Some(c)) {
                    problems.push(Problem::new(
                        name,
                        Some(header_line),
                        format!(
                            "columns \"{}\" and \"{}\" both give the {}; keep one",
                            header[j].trim(),
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
            Err(e) => {
                out.problems.push(csv_problem(name, &e));
                return;
            }
        };
        if row.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let line = row.position().map_or(0, |p| p.line());
        let extra = row
            .iter()
            .skip(columns.len())
            .filter(|c| !c.trim().is_empty())
            .count();
        if extra > 0 {
            out.problems.push(Problem::new(
                name,
                Some(line),
                format!(
                    "this row has {} values but the header has {} columns; is a value missing quotes around a separator?",
                    row.len(),
                    columns.len()
                ),
            ));
            continue;
        }
        let mut record = Record {
            file: name.to_string(),
            line,
            ..Record::default()
        };
        for (i, column) in columns.iter().enumerate() {
            let Some(column) = column else { continue };
            let value = row.get(i).unwrap_or("");
            let cell = Some(Cell {
                column: header[i].trim().to_string(),
                value: Value::Text(value.to_string()),
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

fn csv_problem(name: &str, e: &csv::Error) -> Problem {
    let line = e.position().map(|p| p.line());
    Problem::new(name, line, format!("cannot read CSV: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Loaded {
        let mut out = Loaded::default();
        parse("t.csv", text, b',', &mut out);
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
        assert_eq!(rec.themes.as_ref().unwrap().column, "Thèmes");
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
        let r = read("id,name,country,languages,themes\n1,a,FR,fr,health,,\n");
        assert!(r.problems.is_empty(), "trailing empty cells are fine");
    }
}
