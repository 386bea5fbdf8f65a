//! Validation: raw records resolved into a [`Dataset`] of groups, with every problem found.
//!
//! Each record's country, languages and themes are resolved through the reference tables;
//! capacity is checked; ids must be unique across all files; `twins` references are
//! resolved once every id is known (an unknown twin id is a note, not an error). Groups are
//! sorted by id, so everything downstream is independent of file and row order.
//!
//! Ids are compared exactly, everywhere ([`Dataset::index_of`]): `BE-1` and `be-1` are two
//! groups. Ids a reader cannot tell apart are reported (see [`look_alikes`]): equal once
//! invisible characters are removed is an error, equal Unicode confusable skeletons
//! (UTS #39) a warning.

use std::collections::{HashMap, HashSet};

use crate::error::Problem;
use crate::i18n::tr;
use crate::model::normalize::{Miss, fold, miss_message};
use crate::model::profile::{Cell, Group, Record, Source, ThemeSet, Value, split_list};
use crate::model::reference::{NameKind as Kind, Reference};
use crate::output::terminal::escape;

/// Validated groups, sorted by id (so index order is id order).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Dataset {
    pub groups: Vec<Group>,
}

impl Dataset {
    /// The index of the group with this id. Ids are compared exactly (no case folding, no
    /// normalisation): this is the one rule for telling groups apart.
    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.groups.binary_search_by(|g| g.id.as_str().cmp(id)).ok()
    }

    /// Marks groups `a` and `b` (dataset indices, distinct) as existing twins, on both
    /// sides (a `--history` pair).
    pub fn add_twins(&mut self, a: usize, b: usize) {
        for (x, y) in [(a, b), (b, a)] {
            insert_sorted(&mut self.groups[x].twins, y);
        }
    }

    /// Vetoes the pair of groups `a` and `b` (dataset indices, distinct), on both sides (a
    /// `--forbid` pair).
    pub fn forbid(&mut self, a: usize, b: usize) {
        for (x, y) in [(a, b), (b, a)] {
            insert_sorted(&mut self.groups[x].forbidden, y);
        }
    }
}

/// Inserts `value` into the sorted `list` unless it is there.
fn insert_sorted(list: &mut Vec<usize>, value: usize) {
    if let Err(i) = list.binary_search(&value) {
        list.insert(i, value);
    }
}

/// The outcome of validation: the groups that are valid, and what was wrong or worth noting.
#[derive(Debug, Clone, Default)]
pub struct Validated {
    pub dataset: Dataset,
    /// Errors: the input is invalid when this is not empty.
    pub problems: Vec<Problem>,
    /// Likely mistakes that do not make the input invalid (e.g. two look-alike ids).
    pub warnings: Vec<Problem>,
    /// Remarks that do not make the input invalid (e.g. a twin id not in the input).
    pub notes: Vec<Problem>,
}

/// At most this many "twin … is not in the input" notes per group; the rest are counted in
/// one more note.
pub(crate) const MAX_UNKNOWN_TWIN_NOTES: usize = 5;

/// Rows resolved by one thread in one go (each chunk remembers the texts it has seen).
const RESOLVED_TOGETHER: usize = 16_384;

/// Resolves records into groups, in parallel. Never fails as a whole: invalid records are
/// left out and their problems reported, so `check` can describe the rest.
///
/// # Complexity
/// O(n log n) for n records plus O(total length of the cells): list items and ids are
/// hashed, twins found by binary search, each distinct misspelling searched once per chunk
/// of [`RESOLVED_TOGETHER`] rows.
pub fn validate(records: Vec<Record>, reference: &Reference) -> Validated {
    use rayon::prelude::*;
    let mut out = Validated::default();
    // Rows are resolved in parallel, a chunk at a time (each with its own memory of the
    // texts seen): each chunk's valid groups and its problems, in file order.
    type Chunk = (Vec<(Group, Vec<String>)>, Vec<Problem>);
    let chunks: Vec<Chunk> = records
        .par_chunks(RESOLVED_TOGETHER)
        .map(|chunk| {
            let mut resolver = Resolver::new(reference);
            let (mut valid, mut problems) = (Vec::with_capacity(chunk.len()), Vec::new());
            for record in chunk {
                let before = problems.len();
                let entry = resolve(record, &mut resolver, &mut problems);
                if let Some(entry) = entry.filter(|_| problems.len() == before) {
                    valid.push(entry);
                }
            }
            (valid, problems)
        })
        .collect();
    drop(records);
    let (valid, problems): (Vec<_>, Vec<_>) = chunks.into_iter().unzip();
    for p in problems.into_iter().flatten() {
        crate::error::push_folded(&mut out.problems, p);
    }
    // Each valid group with its place in file order.
    let mut resolved: Vec<(Group, Vec<String>, usize)> =
        Vec::with_capacity(valid.iter().map(Vec::len).sum());
    for (group, twins) in valid.into_iter().flatten() {
        resolved.push((group, twins, resolved.len()));
    }

    // Stable: among equal ids the first in file order is kept, the others reported.
    resolved.par_sort_by(|a, b| a.0.id.cmp(&b.0.id));
    let mut groups: Vec<Group> = Vec::with_capacity(resolved.len());
    let mut twin_ids: Vec<Vec<String>> = Vec::with_capacity(resolved.len());
    // Where each kept group came in the input (file order as given, then line).
    let mut position: Vec<usize> = Vec::with_capacity(resolved.len());
    for (group, twins, at) in resolved {
        match groups.last() {
            Some(prev) if prev.id == group.id => {
                let (first, again) = (&prev.source, &group.source);
                out.problems.push(Problem::new(
                    &again.file,
                    Some(again.line),
                    tr(
                        "profile-duplicate-id",
                        &[
                            ("id", escape(&group.id).into()),
                            ("first", format!("{}:{}", first.file, first.line).into()),
                        ],
                    ),
                ));
            }
            _ => {
                groups.push(group);
                twin_ids.push(twins);
                position.push(at);
            }
        }
    }
    look_alikes(&groups, &position, &mut out);

    let mut dataset = Dataset { groups };
    for (i, twins) in twin_ids.into_iter().enumerate() {
        let resolved = resolve_twins(&dataset, i, twins, &mut out.notes);
        dataset.groups[i].twins = resolved;
    }
    out.dataset = dataset;
    out
}

/// The dataset indices of group `i`'s twins, sorted, found exactly as every id is
/// ([`Dataset::index_of`]); unknown ids and the group itself are noted and ignored.
fn resolve_twins(
    ds: &Dataset,
    i: usize,
    twin_ids: Vec<String>,
    notes: &mut Vec<Problem>,
) -> Vec<usize> {
    let group = &ds.groups[i];
    let id = escape(&group.id);
    let mut twins = Vec::with_capacity(twin_ids.len());
    let mut unknown = 0usize;
    for twin in twin_ids {
        match ds.index_of(&twin) {
            Some(j) if j == i => notes.push(note(
                group,
                tr("profile-twin-itself", &[("id", id.as_ref().into())]),
            )),
            Some(j) => twins.push(j),
            None => {
                unknown += 1;
                if unknown <= MAX_UNKNOWN_TWIN_NOTES {
                    notes.push(note(
                        group,
                        tr(
                            "profile-twin-unknown",
                            &[("twin", escape(&twin).into()), ("id", id.as_ref().into())],
                        ),
                    ));
                }
            }
        }
    }
    if unknown > MAX_UNKNOWN_TWIN_NOTES {
        notes.push(note(
            group,
            tr(
                "profile-twin-unknown-more",
                &[
                    ("count", ((unknown - MAX_UNKNOWN_TWIN_NOTES) as u64).into()),
                    ("id", id.as_ref().into()),
                ],
            ),
        ));
    }
    twins.sort_unstable();
    twins.dedup();
    twins
}

fn note(group: &Group, message: String) -> Problem {
    Problem::new(&group.source.file, Some(group.source.line), message)
}

/// Reports ids that print alike. Groups whose ids have one UTS #39 confusable skeleton are
/// compared with the first of them in input order (`position`: files as given, then line) (the skeleton drops invisible characters
/// and maps look-alikes such as Cyrillic `А` to Latin `A`):
///
/// - equal once invisible characters are removed (`FR-1`, `FR\u{200b}-1`): an **error**.
///   The two print identically in every table, plan and message, so no reader can tell
///   which group a line means; it is never intended, and the fix (delete the character) is
///   certain.
/// - otherwise (`A-1` and Cyrillic `А-1`; `FR-1` and `FR-l`): a **warning**. The skeleton
///   also equates characters that a careful reader can tell apart, so two real groups may
///   have such ids; the run goes on, and the warning names both lines.
///
/// # Complexity
/// O(n log n + total length of the ids): one skeleton each, grouped by sorting, never
/// pairwise.
fn look_alikes(groups: &[Group], position: &[usize], out: &mut Validated) {
    use rayon::prelude::*;
    let mut order: Vec<usize> = (0..groups.len()).collect();
    order.sort_by_key(|&i| position[i]);
    // Each skeleton with its rank in input order, sorted: a run of one skeleton starts at
    // its first group in input order. Sorting in parallel, not hashing a million ids on
    // one thread.
    let mut keyed: Vec<(String, usize)> = order
        .par_iter()
        .enumerate()
        .map(|(rank, &i)| (unicode_security::skeleton(&groups[i].id).collect(), rank))
        .collect();
    keyed.par_sort_unstable();
    // (rank of the later group, the first group of its skeleton), in input order.
    let mut alike: Vec<(usize, usize)> = keyed
        .chunk_by(|x, y| x.0 == y.0)
        .flat_map(|run| run[1..].iter().map(|&(_, rank)| (rank, order[run[0].1])))
        .collect();
    drop(keyed);
    alike.sort_unstable();
    for (rank, j) in alike {
        let i = order[rank];
        let (this, other) = (&groups[i], &groups[j]);
        let at = format!("{}:{}", other.source.file, other.source.line);
        let (a, b) = (escape(&this.id), escape(&other.id));
        if visible(&this.id) == visible(&other.id) {
            out.problems.push(note(
                this,
                tr(
                    "profile-id-invisible",
                    &[
                        ("id", a.as_ref().into()),
                        ("other", b.as_ref().into()),
                        ("at", at.as_str().into()),
                        (
                            "chars",
                            code_points(invisible(&this.id).chain(invisible(&other.id))).into(),
                        ),
                        ("visible", visible(&this.id).into()),
                    ],
                ),
            ));
        } else {
            let only = |x: &str, y: &str| {
                let y: HashSet<char> = y.chars().collect();
                code_points(x.chars().filter(move |c| !y.contains(c)))
            };
            out.warnings.push(note(
                this,
                tr(
                    "profile-id-look-alike",
                    &[
                        ("id", a.as_ref().into()),
                        ("other", b.as_ref().into()),
                        ("at", at.as_str().into()),
                        ("id_chars", only(&this.id, &other.id).into()),
                        ("other_chars", only(&other.id, &this.id).into()),
                    ],
                ),
            ));
        }
    }
}

/// Whether `c` is invisible: a default-ignorable code point, which UTS #39 skeletons drop.
fn is_invisible(c: char) -> bool {
    let mut buf = [0u8; 4];
    unicode_security::skeleton(c.encode_utf8(&mut buf))
        .next()
        .is_none()
}

fn visible(id: &str) -> String {
    id.chars().filter(|&c| !is_invisible(c)).collect()
}

fn invisible(id: &str) -> impl Iterator<Item = char> + '_ {
    id.chars().filter(|&c| is_invisible(c))
}

/// Distinct characters as `U+200B`, in order, at most four (then "…").
fn code_points(chars: impl Iterator<Item = char>) -> String {
    let mut seen: Vec<char> = Vec::new();
    for c in chars {
        if !seen.contains(&c) {
            seen.push(c);
        }
    }
    let mut names: Vec<String> = seen
        .iter()
        .take(4)
        .map(|c| format!("U+{:04X}", *c as u32))
        .collect();
    if seen.len() > 4 {
        names.push("…".into());
    }
    if names.is_empty() {
        tr("profile-no-other-character", &[])
    } else {
        names.join(", ")
    }
}

/// At most this many distinct unknown items of one list cell are reported (each with its
/// "did you mean"); the rest are counted in one more message.
pub(crate) const MAX_UNKNOWN_PER_CELL: usize = 5;

/// What a text resolved to, and whether a miss's suggestions were searched.
type Outcome = (Result<usize, Miss>, bool);

/// Resolves cell texts through the reference tables, remembering each distinct text's
/// outcome: a file repeating one misspelling 100,000 times costs one "did you mean" search.
struct Resolver<'r> {
    reference: &'r Reference,
    /// Outcomes by kind and text.
    seen: [HashMap<String, Outcome>; 3],
}

impl<'r> Resolver<'r> {
    fn new(reference: &'r Reference) -> Self {
        Self {
            reference,
            seen: Default::default(),
        }
    }

    /// What `text` names; suggestions for a miss are searched only when `suggest`.
    fn find(&mut self, kind: Kind, text: &str, suggest: bool) -> Result<usize, Miss> {
        let seen = &mut self.seen[kind as usize];
        if let Some((known, searched)) = seen.get(text)
            && (*searched || !suggest || known.is_ok())
        {
            return known.clone();
        }
        let found = self.reference.resolve(kind, text, suggest);
        seen.insert(text.to_string(), (found.clone(), suggest));
        found
    }

    /// The message for a miss of `text`.
    fn message(&self, kind: Kind, text: &str, miss: &Miss, place: &str) -> String {
        let r = self.reference;
        miss_message(kind.noun(), text, miss, |i| r.label(kind, i), place)
    }

    /// Resolves every item of a list cell, reporting each distinct unknown item once (at
    /// most [`MAX_UNKNOWN_PER_CELL`], then a count). An item that is not a known name but
    /// holds `/` is read as several items ("Français/Anglais"): no built-in country,
    /// language or theme name contains `/`, and a config theme that does is still found
    /// whole, since the whole item is tried first.
    fn list(
        &mut self,
        kind: Kind,
        items: Vec<String>,
        column: &str,
        report: &mut impl FnMut(String),
    ) -> Vec<usize> {
        let mut found = Vec::with_capacity(items.len());
        let mut reported: HashSet<String> = HashSet::new();
        // Each distinct unknown item, with the item it is part of when split on '/'.
        let mut unknown: Vec<(&str, Option<&str>)> = Vec::new();
        for item in &items {
            match self.find(kind, item, false) {
                Ok(i) => found.push(i),
                Err(Miss::Unknown(_))
                    if item.split('/').any(|p| !fold(p).is_empty()) && item.contains('/') =>
                {
                    for part in item.split('/').map(str::trim).filter(|p| !p.is_empty()) {
                        match self.find(kind, part, false) {
                            Ok(i) => found.push(i),
                            Err(_) if reported.insert(fold(part)) => {
                                unknown.push((part, Some(item)))
                            }
                            Err(_) => {}
                        }
                    }
                }
                Err(_) if reported.insert(fold(item)) => unknown.push((item, None)),
                Err(_) => {}
            }
        }
        for &(text, whole) in unknown.iter().take(MAX_UNKNOWN_PER_CELL) {
            let place = match whole {
                None => in_column(column),
                Some(whole) => tr(
                    "profile-where-column-part",
                    &[("column", column.into()), ("whole", escape(whole).into())],
                ),
            };
            if let Err(miss) = self.find(kind, text, true) {
                report(self.message(kind, text, &miss, &place));
            }
        }
        if unknown.len() > MAX_UNKNOWN_PER_CELL {
            report(tr(
                "profile-more-unknown",
                &[
                    (
                        "count",
                        ((unknown.len() - MAX_UNKNOWN_PER_CELL) as u64).into(),
                    ),
                    ("kind", kind.noun().into()),
                    ("column", column.into()),
                ],
            ));
        }
        found
    }
}

/// Resolves one record; pushes its problems and returns the group with its twin ids.
fn resolve(
    record: &Record,
    resolver: &mut Resolver,
    problems: &mut Vec<Problem>,
) -> Option<(Group, Vec<String>)> {
    // A problem is located at its cell's line when the file gives one (TOML keys).
    let mut report = |cell: &Option<Cell>, message: String| {
        let line = cell
            .as_ref()
            .and_then(|c| c.line)
            .map_or(record.line, u64::from);
        problems.push(Problem::new(&*record.file, Some(line), message));
    };
    let id = single(&record.id, "id", true, &mut report);
    let name = single(&record.name, "name", true, &mut report);
    let city = single(&record.city, "city", false, &mut report);

    let country = single(&record.country, "country", true, &mut report).and_then(|text| {
        let column = column_of(&record.country, "country");
        resolver
            .find(Kind::Country, &text, true)
            .map_err(|miss| {
                report(
                    &record.country,
                    resolver.message(Kind::Country, &text, &miss, &in_column(column)),
                )
            })
            .ok()
    });

    let languages = list(&record.languages, "languages", &mut report).map(|items| {
        let column = column_of(&record.languages, "languages");
        let mut out = resolver.list(Kind::Language, items, column, &mut |m| {
            report(&record.languages, m)
        });
        out.sort_unstable();
        out.dedup();
        out
    });

    let themes = list(&record.themes, "themes", &mut report).map(|items| {
        let column = column_of(&record.themes, "themes");
        resolver
            .list(Kind::Theme, items, column, &mut |m| {
                report(&record.themes, m)
            })
            .into_iter()
            .fold(0 as ThemeSet, |set, i| set | (1 << i))
    });

    let capacity = match single(&record.capacity, "capacity", false, &mut report) {
        None => Some(1),
        Some(text) => match whole_number(&text) {
            Some(n) => Some(n),
            None => {
                let column = column_of(&record.capacity, "capacity");
                report(
                    &record.capacity,
                    tr(
                        "profile-capacity-invalid",
                        &[("value", escape(&text).into()), ("column", column.into())],
                    ),
                );
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
            forbidden: Vec::new(),
            source: Source {
                file: record.file.to_string(),
                line: record.line,
            },
        },
        twins,
    ))
}

/// "in column "themes"", in the run's language.
fn in_column(column: &str) -> String {
    tr("profile-where-column", &[("column", column.into())])
}

fn column_of<'a>(cell: &'a Option<Cell>, default: &'a str) -> &'a str {
    cell.as_ref().map_or(default, |c| &*c.column)
}

/// A single-valued cell, trimmed; `None` when absent or empty (an error when `required`).
fn single(
    cell: &Option<Cell>,
    field: &str,
    required: bool,
    report: &mut impl FnMut(&Option<Cell>, String),
) -> Option<String> {
    let text = match cell.as_ref().map(|c| &c.value) {
        None => None,
        Some(Value::Text(t)) => Some(t.trim().to_string()).filter(|t| !t.is_empty()),
        Some(Value::List(_)) => {
            report(cell, tr("profile-not-a-list", &[("field", field.into())]));
            return None;
        }
    };
    if text.is_none() && required {
        let column = column_of(cell, field);
        report(
            cell,
            tr(
                "profile-missing",
                &[("field", field.into()), ("column", column.into())],
            ),
        );
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
fn list(
    cell: &Option<Cell>,
    field: &str,
    report: &mut impl FnMut(&Option<Cell>, String),
) -> Option<Vec<String>> {
    let items = cell
        .as_ref()
        .map(|c| split_list(&c.value))
        .unwrap_or_default();
    if items.is_empty() {
        let column = column_of(cell, field);
        report(
            cell,
            tr(
                "profile-missing-list",
                &[("field", field.into()), ("column", column.into())],
            ),
        );
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
            line: None,
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
    fn unknown_list_items_are_reported_once_each_then_counted() {
        let bad = record(
            3,
            "X",
            "FR",
            "fr; xa; XA; xb; xc/fr; xd; xe; xf; xg",
            "health",
        );
        let v = validate(vec![bad], &reference());
        let text: Vec<String> = v.problems.iter().map(|p| p.to_string()).collect();
        assert_eq!(text.len(), MAX_UNKNOWN_PER_CELL + 1, "{text:#?}");
        assert!(text[0].contains("unknown language \"xa\""), "{}", text[0]);
        assert!(text[2].contains("\"xc\" in column \"languages\" (part of \"xc/fr\""));
        assert_eq!(
            text[5],
            "g.csv:3: … and 2 more unknown languages in column \"languages\""
        );
        // A '/' with nothing around it is an unknown item, never an empty list.
        for cell in ["/", " / ", "-/-"] {
            let v = validate(vec![record(4, "Y", "FR", cell, "health")], &reference());
            assert_eq!(v.problems.len(), 1, "{cell:?}: {:?}", v.problems);
            assert!(
                v.problems[0].message.contains("unknown language"),
                "{:?}",
                v.problems
            );
            assert!(v.dataset.groups.is_empty());
        }
    }

    #[test]
    fn look_alike_ids_are_reported_and_kept() {
        let mut records: Vec<Record> = (0..200)
            .map(|i| record(i + 2, &format!("G-{i}"), "FR", "fr", "health"))
            .collect();
        records.push(record(300, "G-1\u{200b}", "ES", "es", "health"));
        records.push(record(301, "\u{410}-1", "ES", "es", "health"));
        records.push(record(302, "A-1", "ES", "es", "health"));
        let v = validate(records, &reference());
        assert_eq!(v.problems.len(), 1, "{:?}", v.problems);
        assert!(
            v.problems[0]
                .to_string()
                .starts_with("g.csv:300: id \"G-1\\u{200b}\" differs from \"G-1\" (g.csv:3)")
        );
        assert_eq!(v.warnings.len(), 1, "{:?}", v.warnings);
        assert!(
            v.warnings[0]
                .to_string()
                .starts_with("g.csv:302: id \"A-1\" looks like \"\u{410}-1\" (g.csv:301)")
        );
        // Both stay groups: the check reports, it does not merge.
        assert_eq!(v.dataset.groups.len(), 203);

        // The first is the first in input order (files as given), not by file name.
        let mut first = record(9, "A-1", "FR", "fr", "health");
        first.file = "z.csv".into();
        let mut second = record(2, "\u{410}-1", "ES", "es", "health");
        second.file = "a.csv".into();
        let v = validate(vec![first, second], &reference());
        assert!(
            v.warnings[0]
                .to_string()
                .starts_with("a.csv:2: id \"\u{410}-1\" looks like \"A-1\" (z.csv:9)"),
            "{:?}",
            v.warnings
        );
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
