//! Turning what people type into canonical entries: text folding and name lookup tables.
//!
//! Coordinators write "Pérou", "PEROU", "peru" or "PE" for one country, and "food-security" or
//! "Sécurité alimentaire" for one theme. [`fold`] reduces such spellings to one key (no case,
//! no accents, punctuation as spaces) and [`Lookup`] maps keys to entries, reporting
//! ambiguity instead of guessing, and offering the closest known names when nothing matches.

use std::collections::HashMap;
use std::sync::OnceLock;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use fluent_bundle::FluentValue;

use crate::i18n::tr;
use crate::output::terminal::escape;

/// Folds text for matching: lower case, accents removed, every run of characters that are
/// neither letters nor digits turned into a single space, trimmed.
///
/// `fold("Côte d’Ivoire") == fold("cote d'ivoire") == "cote d ivoire"`.
pub(crate) fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for c in text.nfkd().filter(|c| !is_combining_mark(*c)) {
        if c.is_alphanumeric() {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            out.extend(c.to_lowercase());
        } else {
            pending_space = true;
        }
    }
    out
}

/// How strongly a key names its entry. When the same key is known at several tiers, only
/// the strongest counts: a code beats a name, a name beats an alias.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Tier {
    Code = 0,
    Name = 1,
    Alias = 2,
    Minor = 3,
}

/// The outcome of a failed lookup.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Miss {
    /// Nothing matches; the entries whose spellings are [close](within_reach) to it, best
    /// first (at most [`MAX_SUGGESTIONS`]).
    Unknown(Vec<usize>),
    /// The spelling names several entries equally well.
    Ambiguous(Vec<usize>),
}

/// At most this many entries are offered in one "did you mean".
pub(crate) const MAX_SUGGESTIONS: usize = 3;

#[derive(Debug, Clone)]
struct Key {
    tier: Tier,
    entries: Vec<usize>,
    /// The spelling as first registered for this key (for taxonomy error messages).
    display: String,
}

/// A table from folded spellings to entry indices.
#[derive(Debug, Clone, Default)]
pub(crate) struct Lookup {
    keys: HashMap<String, Key>,
    /// The spellings that may be suggested, built on the first miss (see [`Suggestions`]).
    suggestions: OnceLock<Suggestions>,
}

impl Lookup {
    pub(crate) fn new() -> Self {
        Self::default()
    }

    /// Registers `spelling` as a name of `entry` at `tier`. Empty spellings are ignored.
    pub(crate) fn insert(&mut self, spelling: &str, entry: usize, tier: Tier) {
        let key = fold(spelling);
        if key.is_empty() {
            return;
        }
        self.suggestions = OnceLock::new();
        match self.keys.get_mut(&key) {
            None => {
                self.keys.insert(
                    key,
                    Key {
                        tier,
                        entries: vec![entry],
                        display: spelling.trim().to_string(),
                    },
                );
            }
            Some(k) if tier < k.tier => {
                k.tier = tier;
                k.entries = vec![entry];
                k.display = spelling.trim().to_string();
            }
            Some(k) if tier == k.tier && !k.entries.contains(&entry) => {
                k.entries.push(entry);
                k.entries.sort_unstable();
            }
            Some(_) => {}
        }
    }

    /// The entry that `spelling` names.
    pub(crate) fn find(&self, spelling: &str) -> Result<usize, Miss> {
        self.resolve(spelling, true)
    }

    /// The entry that `spelling` names; when nothing matches, the close spellings are
    /// searched only if `suggest` (a miss without them is a hash lookup).
    pub(crate) fn resolve(&self, spelling: &str, suggest: bool) -> Result<usize, Miss> {
        let key = fold(spelling);
        match self.keys.get(&key) {
            Some(k) if k.entries.len() == 1 => Ok(k.entries[0]),
            Some(k) => Err(Miss::Ambiguous(k.entries.clone())),
            None if !suggest => Err(Miss::Unknown(Vec::new())),
            None => Err(Miss::Unknown(
                self.suggestions
                    .get_or_init(|| Suggestions::new(&self.keys))
                    .near(&key),
            )),
        }
    }

    /// Pairs of (spelling, entries) that name more than one entry; used to validate taxonomies.
    pub(crate) fn ambiguous(&self) -> Vec<(String, Vec<usize>)> {
        let mut out: Vec<_> = self
            .keys
            .values()
            .filter(|k| k.entries.len() > 1)
            .map(|k| (k.display.clone(), k.entries.clone()))
            .collect();
        out.sort();
        out
    }
}

/// The spellings a lookup may suggest, indexed once: sorted by length, each with its
/// characters and a letter histogram, so that a miss only measures edit distances to the
/// few spellings that can be within reach (see [`within_reach`]).
#[derive(Debug, Clone)]
struct Suggestions {
    /// Sorted by (length, spelling): the order also breaks ties deterministically.
    spellings: Vec<Spelling>,
}

#[derive(Debug, Clone)]
struct Spelling {
    chars: Vec<char>,
    bag: Bag,
    entry: usize,
    tier: Tier,
}

impl Suggestions {
    fn new(keys: &HashMap<String, Key>) -> Self {
        let mut spellings: Vec<Spelling> = keys
            .iter()
            // Ambiguous spellings cannot be suggested; minor languages are only found by
            // their exact names (a typo is far likelier to mean a major one).
            .filter(|(_, v)| v.entries.len() == 1 && v.tier != Tier::Minor)
            .map(|(k, v)| {
                let chars: Vec<char> = k.chars().collect();
                Spelling {
                    bag: Bag::of(&chars),
                    chars,
                    entry: v.entries[0],
                    tier: v.tier,
                }
            })
            .collect();
        spellings.sort_by(|a, b| (a.chars.len(), &a.chars).cmp(&(b.chars.len(), &b.chars)));
        Self { spellings }
    }

    /// The entries with a spelling within reach of the folded `key`, nearest first, one per
    /// entry; only those at the best distance found.
    ///
    /// # Complexity
    /// O(S) cheap length and histogram checks for S known spellings, plus an edit distance
    /// (O(n · k) for an n-character key and a budget of k edits) for the few that pass.
    fn near(&self, key: &str) -> Vec<usize> {
        let typed: Vec<char> = key.chars().collect();
        let n = typed.len();
        if n == 0 || n > MAX_SUGGESTED_LEN {
            return Vec::new();
        }
        let budget = edit_budget(n);
        let bag = Bag::of(&typed);
        let lo = self
            .spellings
            .partition_point(|s| s.chars.len() + budget < n);
        let mut found: Vec<(usize, Tier, usize)> = Vec::new();
        for s in self.spellings[lo..]
            .iter()
            .take_while(|s| s.chars.len() <= n + budget)
        {
            // Codes are only offered for code-sized input: "Perru" should not suggest "PR".
            if (s.tier == Tier::Code && n > 3) || !bag.may_be_within(&s.bag, budget) {
                continue;
            }
            if let Some(d) = within_reach(&typed, &s.chars) {
                found.push((d, s.tier, s.entry));
            }
        }
        // Nearest first, then the stronger spelling; the sort is stable over the index's
        // (length, spelling) order, so the result never depends on hash order.
        found.sort_by_key(|&(d, tier, _)| (d, tier));
        let best = found.first().map_or(0, |f| f.0);
        let mut out: Vec<usize> = Vec::new();
        for (_, _, entry) in found.into_iter().take_while(|f| f.0 == best) {
            if !out.contains(&entry) {
                out.push(entry);
            }
            if out.len() == MAX_SUGGESTIONS {
                break;
            }
        }
        out
    }
}

/// Values longer than this (in characters) get no "did you mean": no known name is nearly
/// as long, and edit distances cost length × budget.
pub(crate) const MAX_SUGGESTED_LEN: usize = 64;

/// How many edits a typed text of `n` characters may be from a spelling that is suggested:
/// one per three characters (the rule rustc uses for its suggestions). "Perru" → "Peru" (1
/// of 1), "Madagasc" → "Madagascar" (2 of 2); "Atlantis" is 4 edits from "Albania", beyond
/// its 2, so it gets no suggestion. Up to three characters, one edit is a third of the
/// word and would reach dozens of codes, so only a swap of two letters counts ("PRE" →
/// "PER", "RF" → "FR").
fn edit_budget(n: usize) -> usize {
    (n / 3).max(usize::from(n >= 2))
}

/// The edit distance (optimal string alignment: insertions, deletions, substitutions and
/// swaps of adjacent characters) between `typed` and `known` when it is within the budget
/// for `typed` (see [`edit_budget`]), else `None`. Short texts (≤ 3 characters) only
/// reach spellings that are the same letters with two swapped. Also the rule for suggesting
/// group ids.
///
/// # Complexity
/// O(|typed| · |known|) time, O(|known|) memory; `None` at once when the lengths differ by
/// more than the budget.
pub(crate) fn within_reach(typed: &[char], known: &[char]) -> Option<usize> {
    let budget = edit_budget(typed.len());
    if typed.len().abs_diff(known.len()) > budget {
        return None;
    }
    let d = osa_distance(typed, known, budget)?;
    let short = typed.len() <= 3;
    let swap_only = |a: &[char], b: &[char]| {
        let mut a = a.to_vec();
        let mut b = b.to_vec();
        a.sort_unstable();
        b.sort_unstable();
        a == b
    };
    if short && d > 0 && (typed.len() != known.len() || !swap_only(typed, known)) {
        return None;
    }
    Some(d)
}

/// The optimal-string-alignment distance of `a` and `b`, or `None` once it must exceed
/// `limit` (every cell of a row above it).
fn osa_distance(a: &[char], b: &[char], limit: usize) -> Option<usize> {
    let m = b.len();
    let mut before: Vec<usize> = vec![0; m + 1];
    let mut prev: Vec<usize> = (0..=m).collect();
    let mut row: Vec<usize> = vec![0; m + 1];
    for i in 1..=a.len() {
        row[0] = i;
        let mut row_min = row[0];
        for j in 1..=m {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (prev[j] + 1).min(row[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(before[j - 2] + 1);
            }
            row[j] = d;
            row_min = row_min.min(d);
        }
        // A swap reaches back two rows, so stop only when two rows in a row exceed it.
        if row_min > limit && prev.iter().min().is_some_and(|&p| p > limit) {
            return None;
        }
        std::mem::swap(&mut before, &mut prev);
        std::mem::swap(&mut prev, &mut row);
    }
    Some(prev[m]).filter(|&d| d <= limit)
}

/// A histogram of characters over 64 buckets, with the set of non-empty buckets as a bit
/// mask. One edit changes the histograms' L1 distance by at most 2, so half that distance
/// is a lower bound of the edit distance; each bucket that is empty in one text only adds
/// at least 1 to it, which the masks count in one instruction.
#[derive(Debug, Clone)]
struct Bag {
    counts: [u8; 64],
    mask: u64,
}

impl Bag {
    fn of(chars: &[char]) -> Self {
        let mut counts = [0u8; 64];
        let mut mask = 0u64;
        for &c in chars {
            let bucket = c as usize % 64;
            counts[bucket] = counts[bucket].saturating_add(1);
            mask |= 1 << bucket;
        }
        Bag { counts, mask }
    }

    /// Whether the edit distance of the two texts may be at most `budget`.
    fn may_be_within(&self, other: &Bag, budget: usize) -> bool {
        let quick = (self.mask ^ other.mask).count_ones() as usize;
        if quick.div_ceil(2) > budget {
            return false;
        }
        let l1: usize = self
            .counts
            .iter()
            .zip(&other.counts)
            .map(|(&a, &b)| usize::from(a.abs_diff(b)))
            .sum();
        l1.div_ceil(2) <= budget
    }
}

/// The message for a failed lookup of `text`, a `kind` (`country`, `language`, `theme`):
/// `unknown theme "food securty" in column "themes" — did you mean "food security" (food-security)?`,
/// in the run's language. `label_of` names an entry by its name (in the run's language) and
/// its code or id; `place` says where the value is (a `profile-where-*` message). `text` is
/// shown [escaped](crate::output::terminal::escape).
pub(crate) fn miss_message(
    kind: &str,
    text: &str,
    miss: &Miss,
    label_of: impl Fn(usize) -> (String, String),
    place: &str,
) -> String {
    let text = escape(text);
    let or = tr("profile-or", &[]);
    let args = |extra: Vec<(&'static str, FluentValue<'static>)>| {
        let mut args: Vec<(&str, FluentValue<'_>)> = vec![
            ("kind", kind.to_string().into()),
            ("value", text.to_string().into()),
            ("where", place.to_string().into()),
        ];
        args.extend(extra);
        args
    };
    match miss {
        Miss::Unknown(close) if close.is_empty() => tr("profile-unknown", &args(vec![])),
        Miss::Unknown(close) => {
            let names: Vec<String> = close
                .iter()
                .map(|&i| {
                    let (name, code) = label_of(i);
                    if name == code {
                        tr("profile-suggestion-code", &[("code", code.into())])
                    } else {
                        tr(
                            "profile-suggestion",
                            &[("name", name.into()), ("code", code.into())],
                        )
                    }
                })
                .collect();
            tr(
                "profile-unknown-suggest",
                &args(vec![("names", names.join(&or).into())]),
            )
        }
        Miss::Ambiguous(entries) => {
            let codes: Vec<String> = entries.iter().map(|&i| label_of(i).1).collect();
            tr(
                "profile-ambiguous",
                &args(vec![("codes", codes.join(&or).into())]),
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn fold_removes_case_accents_and_punctuation() {
        assert_eq!(fold("Côte d’Ivoire"), "cote d ivoire");
        assert_eq!(fold("  Côte d'Ivoire "), "cote d ivoire");
        assert_eq!(fold("Sécurité-alimentaire"), "securite alimentaire");
        assert_eq!(fold("EE. UU."), "ee uu");
        assert_eq!(fold("Perú"), "peru");
        assert_eq!(fold("\u{a0}food\tsecurity\u{a0}"), "food security");
        assert_eq!(fold("---"), "");
    }

    #[test]
    fn lookup_prefers_strongest_tier_and_reports_ambiguity() {
        let mut l = Lookup::new();
        l.insert("PE", 0, Tier::Code);
        l.insert("Peru", 0, Tier::Name);
        l.insert("pe", 1, Tier::Alias); // weaker than the code: ignored
        l.insert("Congo", 2, Tier::Name);
        l.insert("Congo", 3, Tier::Name);
        assert_eq!(l.find("pe"), Ok(0));
        assert_eq!(l.find("PÉRU"), Ok(0));
        assert_eq!(l.find("congo"), Err(Miss::Ambiguous(vec![2, 3])));
    }

    #[test]
    fn lookup_suggests_close_spellings() {
        let mut l = Lookup::new();
        l.insert("food security", 0, Tier::Name);
        l.insert("health", 1, Tier::Name);
        l.insert("PER", 2, Tier::Code);
        l.insert("Peru", 2, Tier::Name);
        l.insert("Pérou", 2, Tier::Name);
        assert_eq!(l.find("food securty"), Err(Miss::Unknown(vec![0])));
        // Two spellings of one entry within reach: the entry once.
        assert_eq!(l.find("Perru"), Err(Miss::Unknown(vec![2])));
        assert_eq!(l.find("PRE"), Err(Miss::Unknown(vec![2])), "a swap");
        assert_eq!(
            l.find("PEX"),
            Err(Miss::Unknown(vec![])),
            "short: swaps only"
        );
        assert_eq!(l.find("zzzzzzzz"), Err(Miss::Unknown(vec![])));
        let long = "food security ".repeat(10);
        assert_eq!(
            l.find(&long),
            Err(Miss::Unknown(vec![])),
            "too long to suggest"
        );
    }

    #[test]
    fn far_spellings_are_not_suggested() {
        let mut l = Lookup::new();
        for (i, name) in ["Albania", "Åland, Îles", "Åland Islands", "Andorra"]
            .iter()
            .enumerate()
        {
            l.insert(name, i, Tier::Name);
        }
        assert_eq!(l.find("Atlantis"), Err(Miss::Unknown(vec![])));
        assert_eq!(l.find("Albanai"), Err(Miss::Unknown(vec![0])));
    }

    #[test]
    fn suggestions_do_not_depend_on_insertion_order() {
        let names = ["Mali", "Malta", "Malawi", "Bali", "Male"];
        let mut a = Lookup::new();
        let mut b = Lookup::new();
        for (i, n) in names.iter().enumerate() {
            a.insert(n, i, Tier::Name);
        }
        for (i, n) in names.iter().enumerate().rev() {
            b.insert(n, i, Tier::Name);
        }
        for typed in ["Malu", "Mal", "Maly", "Balli"] {
            assert_eq!(a.find(typed), b.find(typed), "{typed}");
        }
        // Equally near: in (length, spelling) order, "male" before "mali".
        assert_eq!(a.find("Malu"), Err(Miss::Unknown(vec![4, 0])));
    }

    /// The textbook optimal-string-alignment distance: the full table, no cut-off.
    fn naive_osa(a: &[char], b: &[char]) -> usize {
        let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
        for (i, row) in d.iter_mut().enumerate() {
            row[0] = i;
        }
        for (j, cell) in d[0].iter_mut().enumerate() {
            *cell = j;
        }
        for i in 1..=a.len() {
            for j in 1..=b.len() {
                let cost = usize::from(a[i - 1] != b[j - 1]);
                d[i][j] = (d[i - 1][j] + 1)
                    .min(d[i][j - 1] + 1)
                    .min(d[i - 1][j - 1] + cost);
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    d[i][j] = d[i][j].min(d[i - 2][j - 2] + 1);
                }
            }
        }
        d[a.len()][b.len()]
    }

    proptest! {
        /// The cut-off distance agrees with the full table whenever it answers, and answers
        /// whenever the true distance is within the limit.
        #[test]
        fn bounded_distance_matches_the_full_table(
            a in "[abc ]{0,10}", b in "[abc ]{0,10}", limit in 0usize..6,
        ) {
            let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
            let truth = naive_osa(&a, &b);
            let got = osa_distance(&a, &b, limit);
            prop_assert_eq!(got, Some(truth).filter(|&d| d <= limit));
        }

        /// The indexed search finds exactly what a scan of every spelling with
        /// `within_reach` finds.
        #[test]
        fn indexed_suggestions_match_a_full_scan(
            names in proptest::collection::vec("[abcde]{1,8}", 1..30), typed in "[abcde]{1,9}",
        ) {
            let mut l = Lookup::new();
            for (i, n) in names.iter().enumerate() {
                l.insert(n, i, Tier::Name);
            }
            let Err(Miss::Unknown(got)) = l.find(&typed) else { return Ok(()) };
            let t: Vec<char> = typed.chars().collect();
            let mut scan: Vec<(usize, String, usize)> = Vec::new();
            for (i, n) in names.iter().enumerate() {
                // The first entry registered for a spelling keeps it; a repeat makes it
                // ambiguous, and ambiguous spellings are never suggested.
                let owners: Vec<usize> = names.iter().enumerate()
                    .filter(|(_, m)| *m == n).map(|(j, _)| j).collect();
                if owners.len() > 1 || owners[0] != i {
                    continue;
                }
                let k: Vec<char> = n.chars().collect();
                if let Some(d) = within_reach(&t, &k) {
                    scan.push((d, n.clone(), i));
                }
            }
            scan.sort_by_key(|s| (s.0, s.1.len(), s.1.clone()));
            let best = scan.first().map(|s| s.0);
            let want: Vec<usize> = scan.iter().filter(|s| Some(s.0) == best)
                .map(|s| s.2).take(MAX_SUGGESTIONS).collect();
            prop_assert_eq!(got, want);
        }
    }

    proptest! {
        #[test]
        fn fold_is_idempotent(s in "\\PC{0,40}") {
            let once = fold(&s);
            prop_assert_eq!(fold(&once), once.clone());
        }

        #[test]
        fn fold_ignores_case_and_surrounding_space(s in "[a-zA-Zéèàçñü ,;'-]{0,30}") {
            prop_assert_eq!(fold(&s.to_uppercase()), fold(&s));
            prop_assert_eq!(fold(&format!("  {s}\t")), fold(&s));
        }
    }
}
