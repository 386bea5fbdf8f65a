//! Turning what people type into canonical entries: text folding and name lookup tables.
//!
//! Coordinators write "Pérou", "PEROU", "peru" or "PE" for one country, and "food-security" or
//! "Sécurité alimentaire" for one theme. [`fold`] reduces such spellings to one key (no case,
//! no accents, punctuation as spaces) and [`Lookup`] maps keys to entries, reporting
//! ambiguity instead of guessing, and offering the closest known names when nothing matches.

use std::collections::HashMap;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Folds text for matching: lower case, accents removed, every run of characters that are
/// neither letters nor digits turned into a single space, trimmed.
///
/// `fold("Côte d’Ivoire") == fold("cote d'ivoire") == "cote d ivoire"`.
pub fn fold(text: &str) -> String {
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
pub enum Tier {
    Code = 0,
    Name = 1,
    Alias = 2,
    Minor = 3,
}

/// The outcome of a failed lookup.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Miss {
    /// Nothing matches; the closest known spellings (display form and entry), best first.
    Unknown(Vec<(String, usize)>),
    /// The spelling names several entries equally well.
    Ambiguous(Vec<usize>),
}

#[derive(Debug, Clone)]
struct Key {
    tier: Tier,
    entries: Vec<usize>,
    /// The spelling shown in suggestions (the first one registered for this key).
    display: String,
}

/// A table from folded spellings to entry indices.
#[derive(Debug, Clone, Default)]
pub struct Lookup {
    keys: HashMap<String, Key>,
}

impl Lookup {
    pub fn new() -> Self {
        Self::default()
    }

    /// Registers `spelling` as a name of `entry` at `tier`. Empty spellings are ignored.
    pub fn insert(&mut self, spelling: &str, entry: usize, tier: Tier) {
        let key = fold(spelling);
        if key.is_empty() {
            return;
        }
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
    pub fn find(&self, spelling: &str) -> Result<usize, Miss> {
        let key = fold(spelling);
        match self.keys.get(&key) {
            Some(k) if k.entries.len() == 1 => Ok(k.entries[0]),
            Some(k) => Err(Miss::Ambiguous(k.entries.clone())),
            None => Err(Miss::Unknown(self.suggest(&key))),
        }
    }

    /// Pairs of (spelling, entries) that name more than one entry; used to validate taxonomies.
    pub fn ambiguous(&self) -> Vec<(String, Vec<usize>)> {
        let mut out: Vec<_> = self
            .keys
            .values()
            .filter(|k| k.entries.len() > 1)
            .map(|k| (k.display.clone(), k.entries.clone()))
            .collect();
        out.sort();
        out
    }

    /// Up to three known spellings close to the folded `key`, best first, one per entry.
    fn suggest(&self, key: &str) -> Vec<(String, usize)> {
        // Edit distances cost length × length per known name: a pasted paragraph in a
        // country cell would take seconds and resemble nothing anyway.
        if key.is_empty() || key.chars().count() > MAX_SUGGESTED_LEN {
            return Vec::new();
        }
        // Codes are only offered for code-sized input: "Perru" should not suggest "PR".
        let code_sized = key.chars().count() <= 3;
        let mut scored: Vec<(f64, &str, usize)> = Vec::new();
        for (k, v) in &self.keys {
            if v.entries.len() != 1
                || v.tier == Tier::Minor
                || (v.tier == Tier::Code && !code_sized)
            {
                continue;
            }
            let sim = similarity(key, k);
            if sim >= 0.8 {
                scored.push((sim, &v.display, v.entries[0]));
            }
        }
        // Best similarity first; ties by spelling so the message never depends on hash order.
        scored.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(b.1)));
        // Only the spellings nearly as close as the best one.
        let best = scored.first().map_or(0.0, |s| s.0);
        let mut out: Vec<(String, usize)> = Vec::new();
        for (_, display, entry) in scored.into_iter().take_while(|s| s.0 >= best - 0.05) {
            if out.iter().all(|(_, e)| *e != entry) {
                out.push((display.to_string(), entry));
            }
            if out.len() == 3 {
                break;
            }
        }
        out
    }
}

/// Values longer than this get no "did you mean" (no known name is nearly as long).
const MAX_SUGGESTED_LEN: usize = 64;

/// The message for a failed lookup of `text`, a `kind` ("country", "theme", …):
/// `unknown theme "food securty" in column "themes" — did you mean "food security" (food-security)?`.
/// `code_of` names an entry by its code or id; `context` is inserted after the value.
pub fn miss_message(
    kind: &str,
    text: &str,
    miss: &Miss,
    code_of: impl Fn(usize) -> String,
    context: &str,
) -> String {
    match miss {
        Miss::Unknown(close) => {
            let names: Vec<String> = close
                .iter()
                .map(|(spelling, i)| {
                    let code = code_of(*i);
                    if *spelling == code {
                        format!("\"{spelling}\"")
                    } else {
                        format!("\"{spelling}\" ({code})")
                    }
                })
                .collect();
            let hint = match names.as_slice() {
                [] => String::new(),
                [one] => format!(" — did you mean {one}?"),
                many => format!(" — did you mean {}?", many.join(" or ")),
            };
            format!("unknown {kind} \"{text}\"{context}{hint}")
        }
        Miss::Ambiguous(entries) => {
            let codes: Vec<String> = entries.iter().map(|&i| code_of(i)).collect();
            format!(
                "ambiguous {kind} \"{text}\"{context}: it could be {}; write the code instead",
                codes.join(" or ")
            )
        }
    }
}

/// Similarity of two folded keys in 0..=1: Jaro-Winkler for words, with a bonus for short
/// edit distance so "food securty" finds "food security" and "PRE" finds "PER".
fn similarity(a: &str, b: &str) -> f64 {
    let jw = strsim::jaro_winkler(a, b);
    let lev = strsim::normalized_damerau_levenshtein(a, b);
    jw.max(lev)
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
        match l.find("food securty") {
            Err(Miss::Unknown(s)) => assert_eq!(s, vec![("food security".to_string(), 0)]),
            other => panic!("unexpected {other:?}"),
        }
        assert_eq!(l.find("zzzzzzzz"), Err(Miss::Unknown(vec![])));
        let long = "food security ".repeat(10);
        assert_eq!(
            l.find(&long),
            Err(Miss::Unknown(vec![])),
            "too long to suggest"
        );
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
