//! Group profiles: the raw records readers produce and the validated groups twin scores.
//!
//! Readers (see `input`) turn files into [`Record`]s, which hold text exactly as typed plus
//! where it came from. `dataset` resolves records into [`Group`]s, whose country, languages
//! and themes are indices into the [`Reference`](crate::model::reference::Reference) tables.

use std::collections::HashSet;

/// A set of themes, as bits over the taxonomy's theme indices (at most 128 themes).
pub(crate) type ThemeSet = u128;

/// Where a record came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    pub file: String,
    pub line: u64,
}

/// A cell's content as read: one text, or a list (TOML arrays).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Text(String),
    List(Vec<String>),
}

/// One cell of a record, with the column or key name as the file spells it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    /// Shared by every record of a file: one allocation per header cell, not per value.
    pub column: std::sync::Arc<str>,
    pub value: Value,
    /// The line of this value when it is not the record's (a TOML key below `[[group]]`);
    /// non-zero so that the option costs no more than a number.
    pub line: Option<std::num::NonZeroU64>,
}

/// One group as read from a file, before validation.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Record {
    /// Shared by every record of a file.
    pub file: std::sync::Arc<str>,
    pub line: u64,
    pub id: Option<Cell>,
    pub name: Option<Cell>,
    pub country: Option<Cell>,
    pub languages: Option<Cell>,
    pub themes: Option<Cell>,
    pub city: Option<Cell>,
    pub capacity: Option<Cell>,
    pub twins: Option<Cell>,
}

/// A validated group profile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    pub id: String,
    pub name: String,
    /// Index into the reference country table.
    pub country: usize,
    /// Indices into the reference language table, sorted, without repeats, never empty.
    pub languages: Vec<usize>,
    /// Themes as a bit set over the reference theme table, never empty.
    pub themes: ThemeSet,
    pub city: Option<String>,
    /// How many twins the group wants now; 0 = listed, not seeking.
    pub capacity: u32,
    /// Indices (into the dataset) of the groups it is already twinned with, sorted.
    pub twins: Vec<usize>,
    /// Indices (into the dataset) of the groups a `--forbid` list vetoes pairing it with,
    /// sorted; both groups of a vetoed pair list each other. Empty unless lists are given.
    pub forbidden: Vec<usize>,
    pub source: Source,
}

impl Group {
    /// Whether `other` (a dataset index) is an existing twin of this group.
    pub fn is_twinned_with(&self, other: usize) -> bool {
        self.twins.binary_search(&other).is_ok()
    }

    /// Whether the pair of this group and `other` (a dataset index) is vetoed.
    pub fn forbids(&self, other: usize) -> bool {
        self.forbidden.binary_search(&other).is_ok()
    }
}

/// The characters that separate the items of a list cell.
pub(crate) const LIST_SEPARATORS: [char; 3] = [';', ',', '|'];

/// Splits a list cell on `;`, `,` or `|`, trimming items and dropping empty ones and exact
/// repeats, keeping the first occurrence of each in order. Repeats are exact because items
/// may be ids, which are compared exactly everywhere (`BE-1` and `be-1` are two groups);
/// names that differ only in case or accents resolve to one entry anyway.
///
/// # Complexity
/// O(length of the cell): one pass, repeats found by hashing.
pub(crate) fn split_list(value: &Value) -> Vec<String> {
    let items: Vec<&str> = match value {
        Value::Text(t) => t.split(LIST_SEPARATORS).collect(),
        Value::List(l) => l.iter().map(String::as_str).collect(),
    };
    let mut seen: HashSet<&str> = HashSet::with_capacity(items.len());
    items
        .into_iter()
        .map(|item| item.trim_matches(char::is_whitespace))
        .filter(|item| !item.is_empty() && seen.insert(item))
        .map(str::to_string)
        .collect()
}

/// Iterates the theme indices in a set, in increasing order.
pub(crate) fn themes_of(set: ThemeSet) -> impl Iterator<Item = usize> {
    set_bits(set)
}

/// The set bits of a 128-bit set (themes, interned languages), lowest first.
pub(crate) fn set_bits(mut set: u128) -> impl Iterator<Item = usize> {
    std::iter::from_fn(move || {
        (set != 0).then(|| {
            let bit = set.trailing_zeros() as usize;
            set &= set - 1;
            bit
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn set_bits_are_listed_lowest_first() {
        assert_eq!(set_bits(0).count(), 0);
        assert_eq!(set_bits(0b1010_0001).collect::<Vec<_>>(), vec![0, 5, 7]);
        assert_eq!(set_bits(1 << 127).collect::<Vec<_>>(), vec![127]);
    }

    #[test]
    fn lists_split_on_any_separator_and_drop_repeats() {
        let v = Value::Text(" food security; health |Health,, education ;health".into());
        assert_eq!(
            split_list(&v),
            ["food security", "health", "Health", "education"]
        );
        let v = Value::List(vec![" a ".into(), "".into(), "a".into(), "b".into()]);
        assert_eq!(split_list(&v), ["a", "b"]);
        assert!(split_list(&Value::Text(" ; , ".into())).is_empty());
    }

    #[test]
    fn ids_differing_in_case_are_two_items() {
        let v = Value::Text("BE-1;be-1; BE-1".into());
        assert_eq!(split_list(&v), ["BE-1", "be-1"]);
    }

    /// The old quadratic de-duplication, kept as the oracle.
    fn naive(items: &[&str]) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for item in items {
            let item = item.trim_matches(char::is_whitespace);
            if !item.is_empty() && !out.iter().any(|o| o == item) {
                out.push(item.to_string());
            }
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn linear_dedup_matches_the_pairwise_one(
            items in proptest::collection::vec("[ aAbB\u{e9}\u{3000}]{0,4}", 0..40),
        ) {
            let refs: Vec<&str> = items.iter().map(String::as_str).collect();
            let text = Value::Text(refs.join(";"));
            proptest::prop_assert_eq!(split_list(&text), naive(&refs));
            proptest::prop_assert_eq!(split_list(&Value::List(items.clone())), naive(&refs));
        }
    }

    #[test]
    fn theme_sets_iterate_in_order() {
        let set: ThemeSet = (1 << 3) | (1 << 0) | (1 << 127);
        assert_eq!(themes_of(set).collect::<Vec<_>>(), [0, 3, 127]);
    }
}
