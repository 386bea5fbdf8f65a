//! Validation: raw records resolved into a [`Dataset`] of groups, with every problem found.
//!
//! Each record's country, languages and themes are resolved through the reference tables;
//! capacity is checked; ids must be unique across all files; `twins` references are
//! resolved once every id is known (an unknown twin id is a note, not an error). Groups are
//! sorted by id, so everything downstream is independent of file and row order.

use crate::error::Problem;
use crate::normalize::miss_message;
use crate::profile::{Cell, Group, Record, Source, ThemeSet, Value, split_list};
use crate::reference::Reference;

/// Validated groups, sorted by id (so index order is id order).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Dataset {
    pub groups: Vec<Group>,
}

impl Dataset {
    /// The index of the group with this id.
    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.groups.binary_search_by(|g| g.id.as_str().cmp(id)).ok()
    }
}

/// The outcome of validation: the groups that are valid, and what was wrong or worth noting.
#[derive(Debug, Clone, Default)]
pub struct Validated {
    pub dataset: Dataset,
    /// Errors: the input is invalid when this is not empty.
    pub problems: Vec<Problem>,
    /// Remarks that do not make the input invalid (e.g. a twin id not in the input).
    pub notes: Vec<Problem>,
}

/// Resolves records into groups. Never fails as a whole: invalid records are left out and
/// their problems reported, so `check` can describe the rest.
pub fn validate(records: Vec<Record>, reference: &Reference) -> Validated {
    let mut out = Validated::default();
    let mut resolved: Vec<(Group, Vec<String>)> = Vec::new();
    for record in records {
        let mut problems = Vec::new();
        if let Some(entry) = resolve(&record, reference, &mut problems)
            && problems.is_empty()
        {
            resolved.push(entry);
        }
        out.problems.extend(problems);
    }

    resolved.sort_by(|a, b| a.0.id.cmp(&b.0.id));
    let mut unique: Vec<(Group, Vec<String>)> = Vec::with_capacity(resolved.len());
    for entry in resolved {
        match unique.last() {
            Some(prev) if prev.0.id == entry.0.id => {
                let (first, again) = (&prev.0.source, &entry.0.source);
                out.problems.push(Problem::new(
                    &again.file,
                    Some(again.line),
                    format!(
                        "duplicate id \"{}\" (first used at {}:{}); ids must be unique across all files",
                        entry.0.id, first.file, first.line
                    ),
                ));
            }
            _ => unique.push(entry),
        }
    }

    let ids: Vec<String> = unique.iter().map(|(g, _)| g.id.clone()).collect();
    let mut groups = Vec::with_capacity(unique.len());
    for (mut group, twin_ids) in unique {
        for twin in twin_ids {
            match ids.binary_search(&twin) {
                Ok(i) if ids[i] == group.id => out.notes.push(note(
                    &group,
                    format!("group \"{}\" lists itself in `twins`; ignored", group.id),
                )),
                Ok(i) => group.twins.push(i),
                Err(_) => out.notes.push(note(
                    &group,
                    format!(
                        "twin \"{twin}\" of group \"{}\" is not in the input; ignored",
                        group.id
                    ),
                )),
            }
        }
        group.twins.sort_unstable();
        group.twins.dedup();
        groups.push(group);
    }
    out.dataset = Dataset { groups };
    out
}

fn note(group: &Group, message: String) -> Problem {
    Problem::new(&group.source.file, Some(group.source.line), message)
}

/// Resolves one record; pushes its problems and returns the group with its twin ids.
fn resolve(
    record: &Record,
    reference: &Reference,
    problems: &mut Vec<Problem>,
) -> Option<(Group, Vec<String>)> {
    let mut report = |message: String| {
        problems.push(Problem::new(&record.file, Some(record.line), message));
    };
    let id = single(&record.id, "id", true, &mut report);
    let name = single(&record.name, "name", true, &mut report);
    let city = single(&record.city, "city", false, &mut report);

    let country = single(&record.country, "country", true, &mut report).and_then(|text| {
        let column = column_of(&record.country, "country");
        reference
            .country(&text)
            .map_err(|miss| {
                report(miss_message(
                    "country",
                    &text,
                    &miss,
                    |i| reference.countries[i].alpha2.clone(),
                    &format!(" in column \"{column}\""),
                ))
            })
            .ok()
    });

    let languages = list(&record.languages, "languages", &mut report).map(|items| {
        let column = column_of(&record.languages, "languages");
        let mut out: Vec<usize> = Vec::new();
        for item in items {
            match reference.language(&item) {
                Ok(i) => out.push(i),
                Err(miss) => report(miss_message(
                    "language",
                    &item,
                    &miss,
                    |i| reference.languages[i].code.clone(),
                    &format!(" in column \"{column}\""),
                )),
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    });

    let themes = list(&record.themes, "themes", &mut report).map(|items| {
        let column = column_of(&record.themes, "themes");
        let mut set: ThemeSet = 0;
        for item in items {
            match reference.theme(&item) {
                Ok(i) => set |= 1 << i,
                Err(miss) => report(miss_message(
                    "theme",
                    &item,
                    &miss,
                    |i| reference.themes[i].id.clone(),
                    &format!(" in column \"{column}\""),
                )),
            }
        }
        set
    });

    let capacity = match single(&record.capacity, "capacity", false, &mut report) {
        None => Some(1),
        Some(text) => match whole_number(&text) {
            Some(n) => Some(n),
            None => {
                let column = column_of(&record.capacity, "capacity");
                report(format!(
                    "invalid capacity \"{text}\" in column \"{column}\": expected a whole number ≥ 0 (how many twins the group wants now; 0 = not seeking)"
                ));
                None
            }
        },
    };

    let twins = record
        .twins
        .as_ref()
        .map(|c| split_list(&c.value))
        .unwrap_or_default();

    Some((
        Group {
            id: id?,
            name: name?,
            country: country?,
            languages: languages?,
            themes: themes?,
            city,
            capacity: capacity?,
            twins: Vec::new(),
            source: Source {
                file: record.file.clone(),
                line: record.line,
            },
        },
        twins,
    ))
}

fn column_of<'a>(cell: &'a Option<Cell>, default: &'a str) -> &'a str {
    cell.as_ref().map_or(default, |c| c.column.as_str())
}

/// A single-valued cell, trimmed; `None` when absent or empty (an error when `required`).
fn single(
    cell: &Option<Cell>,
    field: &str,
    required: bool,
    report: &mut impl FnMut(String),
) -> Option<String> {
    let text = match cell.as_ref().map(|c| &c.value) {
        None => None,
        Some(Value::Text(t)) => Some(t.trim().to_string()).filter(|t| !t.is_empty()),
        Some(Value::List(_)) => {
            report(format!("`{field}` must be a single value, not a list"));
            return None;
        }
    };
    if text.is_none() && required {
        let column = column_of(cell, field);
        report(format!("missing {field}: column \"{column}\" is empty"));
    }
    text
}

/// A whole number as a spreadsheet may write it: "2", or "2.0" / "2,0" (a number cell
/// exported with decimals, by an English or a French/Spanish locale); "1,5" is not one.
fn whole_number(text: &str) -> Option<u32> {
    let digits = match text.find(['.', ',']) {
        Some(at) if text[at + 1..].bytes().all(|b| b == b'0') && at + 1 < text.len() => &text[..at],
        Some(_) => return None,
        None => text,
    };
    digits.parse().ok()
}

/// A required list cell with at least one item.
fn list(cell: &Option<Cell>, field: &str, report: &mut impl FnMut(String)) -> Option<Vec<String>> {
    let items = cell
        .as_ref()
        .map(|c| split_list(&c.value))
        .unwrap_or_default();
    if items.is_empty() {
        let column = column_of(cell, field);
        report(format!(
            "missing {field}: column \"{column}\" needs at least one value (separate several with ';')"
        ));
        return None;
    }
    Some(items)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cell(column: &str, text: &str) -> Option<Cell> {
        Some(Cell {
            column: column.into(),
            value: Value::Text(text.into()),
        })
    }

    fn record(line: u64, id: &str, country: &str, langs: &str, themes: &str) -> Record {
        Record {
            file: "g.csv".into(),
            line,
            id: cell("id", id),
            name: cell("name", &format!("Group {id}")),
            country: cell("country", country),
            languages: cell("languages", langs),
            themes: cell("themes", themes),
            ..Record::default()
        }
    }

    fn reference() -> Reference {
        Reference::new(&[]).unwrap()
    }

    #[test]
    fn capacity_accepts_spreadsheet_decimals_of_zero_only() {
        for (text, n) in [
            ("2", Some(2)),
            ("2.0", Some(2)),
            ("2,0", Some(2)),
            ("0,00", Some(0)),
        ] {
            assert_eq!(whole_number(text), n, "{text}");
        }
        for text in ["1,5", "2.", ",0", "2,0,0", "2.05", "-1", "2 0", "x"] {
            assert_eq!(whole_number(text), None, "{text}");
        }
    }

    #[test]
    fn valid_records_become_groups_sorted_by_id() {
        let mut b = record(3, "B", "Pérou", "es; qu", "food security, health");
        b.capacity = cell("capacité", "2");
        b.twins = cell("twins", "A; Z; B");
        let a = record(2, "A", "FR", "français", "santé");
        let v = validate(vec![b, a], &reference());
        assert!(v.problems.is_empty(), "{:?}", v.problems);
        let g = &v.dataset.groups;
        assert_eq!((g[0].id.as_str(), g[1].id.as_str()), ("A", "B"));
        assert_eq!(g[1].capacity, 2);
        assert_eq!(g[0].capacity, 1);
        assert_eq!(g[1].twins, [0]);
        assert_eq!(g[1].languages.len(), 2);
        assert_eq!(g[1].themes.count_ones(), 2);
        assert_eq!(g[0].themes, g[1].themes & g[0].themes);
        // One note for the unknown twin, one for the self-reference.
        assert_eq!(v.notes.len(), 2, "{:?}", v.notes);
        assert!(v.notes.iter().any(|n| n.message.contains("\"Z\"")));
    }

    #[test]
    fn every_problem_is_reported_with_file_line_column_and_suggestion() {
        let mut bad = record(14, "X", "Perru", "espanol; klingonese", "food securty");
        bad.capacity = cell("capacity", "two");
        let v = validate(
            vec![bad, record(15, "", "FR", "fr", "health")],
            &reference(),
        );
        let text: Vec<String> = v.problems.iter().map(|p| p.to_string()).collect();
        assert_eq!(text.len(), 5, "{text:#?}");
        assert!(text[0].starts_with("g.csv:14: unknown country \"Perru\" in column \"country\" — did you mean \"Peru\" (PE)?"), "{}", text[0]);
        assert!(
            text[1].contains("unknown language \"klingonese\""),
            "{}",
            text[1]
        );
        assert_eq!(
            text[2],
            "g.csv:14: unknown theme \"food securty\" in column \"themes\" — did you mean \"food security\" (food-security)?"
        );
        assert!(text[3].contains("invalid capacity \"two\""), "{}", text[3]);
        assert!(text[4].starts_with("g.csv:15: missing id"), "{}", text[4]);
        assert!(v.dataset.groups.is_empty());
    }

    #[test]
    fn duplicate_ids_name_both_places() {
        let a = record(2, "A", "FR", "fr", "health");
        let mut a2 = record(7, "A", "ES", "es", "health");
        a2.file = "h.csv".into();
        let v = validate(vec![a, a2], &reference());
        assert_eq!(v.problems.len(), 1);
        assert_eq!(
            v.problems[0].to_string(),
            "h.csv:7: duplicate id \"A\" (first used at g.csv:2); ids must be unique across all files"
        );
    }

    #[test]
    fn row_order_does_not_matter() {
        let rows = vec![
            record(2, "C", "FR", "fr", "health"),
            record(3, "A", "ES", "es", "housing"),
            record(4, "B", "PE", "es", "health; housing"),
        ];
        let mut reversed = rows.clone();
        reversed.reverse();
        let ids = |v: Validated| {
            v.dataset
                .groups
                .into_iter()
                .map(|g| g.id)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            ids(validate(rows, &reference())),
            ids(validate(reversed, &reference()))
        );
    }
}
