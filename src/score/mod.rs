//! The pair score, with a component-by-component breakdown, and the eligibility test of
//! two groups (the rules themselves, and their order, are in [`rules`]).
//!
//! For groups A and B with theme sets T_A, T_B, shared themes S = T_A ∩ T_B, and language
//! sets L_A, L_B:
//!
//! ```text
//! W(X)      = Σ_{t∈X} w(t),  w(t) = priority weight for a priority theme, 1 otherwise
//! themes    = ( W(S)/W(T_A) + W(S)/W(T_B) ) / 2                 ∈ [0, 1]
//! languages = |L_A ∩ L_B| / min(|L_A|, |L_B|)                    ∈ [0, 1]
//! score     = 100 · (w_themes · themes + w_languages · languages) / (w_themes + w_languages)
//! ```
//!
//! rounded to hundredths, which twin stores as an integer (0..=10000) so ranking and plans
//! compare exact numbers. Everything here is pure and symmetric in A and B.

pub(crate) mod kernel;
pub(crate) mod rules;

pub(crate) use rules::Exclusion;
pub use rules::Rules;

use crate::model::profile::{Group, ThemeSet};
use rules::Facts;

/// Scores are kept in hundredths of a point: 10000 = 100.00.
pub(crate) type Hundredths = u32;

/// The weights of the score formula.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Weights {
    /// Weight of the shared-themes component (default 0.8).
    pub themes: f64,
    /// Weight of the shared-languages component (default 0.2).
    pub languages: f64,
    /// How many times a priority theme counts compared with another theme (default 2).
    pub priority: f64,
}

impl Default for Weights {
    fn default() -> Self {
        Self {
            themes: 0.8,
            languages: 0.2,
            priority: 2.0,
        }
    }
}

/// Everything the score and the eligibility test depend on.
#[derive(Debug, Clone, PartialEq)]
pub struct Scoring {
    pub weights: Weights,
    /// Priority themes, as a set over the reference theme indices.
    pub priorities: ThemeSet,
    pub rules: Rules,
}

/// The facts the rules look at in the pair (a, b) of groups; `a_index`/`b_index` are the
/// groups' dataset indices, used to look up existing twins.
#[inline(always)]
fn facts<'g>(
    a: &'g Group,
    a_index: usize,
    b: &'g Group,
    b_index: usize,
) -> Facts<impl Fn() -> bool + 'g, impl Fn() -> bool + 'g> {
    Facts {
        same_country: a.country == b.country,
        share_language: shared_count(&a.languages, &b.languages) != 0,
        both_open: a.capacity > 0 && b.capacity > 0,
        twinned: {
            #[inline(always)]
            move || a.is_twinned_with(b_index) || b.is_twinned_with(a_index)
        },
        forbidden: {
            #[inline(always)]
            move || a.forbids(b_index) || b.forbids(a_index)
        },
    }
}

/// Which rules exclude the pair, in the order of [`Exclusion::ALL`] ([`Rules::hits`] on the
/// two groups). `a_index`/`b_index` are the groups' dataset indices, used to look up
/// existing twins.
#[inline]
pub(crate) fn hits(
    a: &Group,
    a_index: usize,
    b: &Group,
    b_index: usize,
    rules: &Rules,
) -> [bool; Exclusion::COUNT] {
    rules.hits(facts(a, a_index, b, b_index))
}

/// Every rule that excludes the pair (empty when eligible), in the order of
/// [`Exclusion::ALL`].
pub(crate) fn exclusions(
    a: &Group,
    a_index: usize,
    b: &Group,
    b_index: usize,
    rules: &Rules,
) -> Vec<Exclusion> {
    rules::listed(hits(a, a_index, b, b_index, rules))
}

/// Whether the pair passes every rule; the allocation-free form of [`exclusions`].
pub fn eligible(a: &Group, a_index: usize, b: &Group, b_index: usize, rules: &Rules) -> bool {
    rules.admit(facts(a, a_index, b, b_index))
}

/// The components of a pair's score.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Components {
    /// W(S)/W(T_A): the weighted share of A's themes that B shares.
    pub theme_share_a: f64,
    /// W(S)/W(T_B).
    pub theme_share_b: f64,
    /// Mean of the two shares, in 0..=1.
    pub themes: f64,
    /// Shared languages over the smaller group's language count, in 0..=1.
    pub languages: f64,
    /// The final score in hundredths.
    pub score: Hundredths,
}

/// The weighted size W(X) of a theme set.
#[inline(always)]
pub(crate) fn weighted_size(set: ThemeSet, scoring: &Scoring) -> f64 {
    weighted_count(
        set.count_ones() as usize,
        (set & scoring.priorities).count_ones() as usize,
        &scoring.weights,
    )
}

/// W(X) from the counts of X: `all` themes, of which `priority` are priority themes. The
/// kernel's tables are built from it, and [`weighted_size`] is it, so both agree bit for bit.
#[inline(always)]
pub(crate) fn weighted_count(all: usize, priority: usize, w: &Weights) -> f64 {
    all as f64 + (w.priority - 1.0) * priority as f64
}

/// The score components of the pair (a, b). Symmetric: `components(a, b) == components(b, a)`
/// up to swapping the two shares.
pub(crate) fn components(a: &Group, b: &Group, scoring: &Scoring) -> Components {
    combine(
        weighted_size(a.themes & b.themes, scoring),
        weighted_size(a.themes, scoring),
        weighted_size(b.themes, scoring),
        shared_count(&a.languages, &b.languages) as u32,
        a.languages.len() as u32,
        b.languages.len() as u32,
        &scoring.weights,
    )
}

/// The formula itself, from the pair's counts: W(S), W(T_A), W(T_B), the number of shared
/// languages and each group's language count. Both the reference path ([`components`]) and
/// the fast kernel build the score from [`theme_points`] and [`language_points`], so their
/// scores are bit-identical by construction.
#[inline(always)]
pub(crate) fn combine(
    shared: f64,
    total_a: f64,
    total_b: f64,
    langs_shared: u32,
    langs_a: u32,
    langs_b: u32,
    w: &Weights,
) -> Components {
    let share = |total: f64| if total > 0.0 { shared / total } else { 0.0 };
    let (share_a, share_b) = (share(total_a), share(total_b));
    let value = theme_points(shared, total_a, total_b, w)
        + language_points(langs_shared, langs_a, langs_b, w);
    Components {
        theme_share_a: share_a,
        theme_share_b: share_b,
        themes: theme_overlap(shared, total_a, total_b),
        languages: language_overlap(langs_shared, langs_a, langs_b),
        score: to_hundredths(value),
    }
}

/// The mean of the two shares, W(S)/W(T_A) and W(S)/W(T_B), as one fraction: one division
/// instead of two, symmetric because + and × commute. (W(S) = 0 gives 0.)
#[inline(always)]
pub(crate) fn theme_overlap(shared: f64, total_a: f64, total_b: f64) -> f64 {
    if total_a > 0.0 && total_b > 0.0 {
        shared * (total_a + total_b) / (2.0 * total_a * total_b)
    } else {
        0.0
    }
}

/// Shared languages over the smaller group's language count.
#[inline(always)]
pub(crate) fn language_overlap(langs_shared: u32, langs_a: u32, langs_b: u32) -> f64 {
    let smaller = langs_a.min(langs_b);
    if smaller == 0 {
        0.0
    } else {
        f64::from(langs_shared) / f64::from(smaller)
    }
}

/// The themes' part of the score as a fraction of 1: the overlap times its normalised weight.
#[inline(always)]
pub(crate) fn theme_points(shared: f64, total_a: f64, total_b: f64, w: &Weights) -> f64 {
    let total = w.themes + w.languages;
    if total > 0.0 {
        (w.themes / total) * theme_overlap(shared, total_a, total_b)
    } else {
        0.0
    }
}

/// The languages' part of the score as a fraction of 1.
#[inline(always)]
pub(crate) fn language_points(langs_shared: u32, langs_a: u32, langs_b: u32, w: &Weights) -> f64 {
    let total = w.themes + w.languages;
    if total > 0.0 {
        (w.languages / total) * language_overlap(langs_shared, langs_a, langs_b)
    } else {
        0.0
    }
}

/// The pair's score in hundredths.
pub fn score(a: &Group, b: &Group, scoring: &Scoring) -> Hundredths {
    components(a, b, scoring).score
}

/// Maps a value in 0..=1 onto 0..=10000, rounding halves up. (Adding ½ and truncating is
/// one instruction where `f64::round` is a library call, and this runs for every pair.)
#[inline(always)]
pub(crate) fn to_hundredths(value: f64) -> Hundredths {
    (value.clamp(0.0, 1.0) * 10_000.0 + 0.5) as Hundredths
}

/// Formats hundredths as a decimal score with two decimals: 8750 → "87.50" (also sums of
/// scores, as u64).
pub(crate) fn format_score(score: impl Into<u64>) -> String {
    let score = score.into();
    format!("{}.{:02}", score / 100, score % 100)
}

/// Serialises hundredths (a score or a sum of scores) as a JSON number with at most two
/// decimals; for `#[serde(serialize_with = "…")]`.
pub(crate) fn serialize_points<S: serde::Serializer, T: Copy + Into<u64>>(
    hundredths: &T,
    s: S,
) -> Result<S::Ok, S::Error> {
    s.serialize_f64((*hundredths).into() as f64 / 100.0)
}

/// [`serialize_points`] for an optional value (`null` when absent).
pub(crate) fn serialize_points_opt<S: serde::Serializer, T: Copy + Into<u64>>(
    hundredths: &Option<T>,
    s: S,
) -> Result<S::Ok, S::Error> {
    match hundredths {
        Some(h) => serialize_points(h, s),
        None => s.serialize_none(),
    }
}

/// Counts the common items of two sorted slices.
pub(crate) fn shared_count(a: &[usize], b: &[usize]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// The common items of two sorted slices.
pub(crate) fn shared(a: &[usize], b: &[usize]) -> Vec<usize> {
    a.iter()
        .copied()
        .filter(|x| b.binary_search(x).is_ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::profile::Source;
    use proptest::prelude::*;

    fn group(country: usize, languages: Vec<usize>, themes: ThemeSet) -> Group {
        Group {
            id: String::new(),
            name: String::new(),
            country,
            languages,
            themes,
            city: None,
            capacity: 1,
            twins: vec![],
            forbidden: vec![],
            source: Source {
                file: String::new(),
                line: 0,
            },
        }
    }

    fn arb_group() -> impl Strategy<Value = Group> {
        (
            0usize..4,
            proptest::collection::btree_set(0usize..6, 1..4),
            1u128..(1 << 24),
        )
            .prop_map(|(c, l, t)| group(c, l.into_iter().collect(), t))
    }

    fn arb_scoring() -> impl Strategy<Value = Scoring> {
        (0.0f64..5.0, 0.0f64..5.0, 1.0f64..5.0, 0u128..(1 << 24)).prop_map(|(t, l, p, pr)| {
            Scoring {
                weights: Weights {
                    themes: t,
                    languages: l,
                    priority: p,
                },
                priorities: pr,
                rules: Rules::default(),
            }
        })
    }

    /// The formula written out naively, theme by theme, as an oracle.
    fn naive(a: &Group, b: &Group, s: &Scoring) -> f64 {
        let w = |t: usize| {
            if s.priorities >> t & 1 == 1 {
                s.weights.priority
            } else {
                1.0
            }
        };
        let sum = |set: ThemeSet| (0..128).filter(|t| set >> t & 1 == 1).map(w).sum::<f64>();
        let shared = sum(a.themes & b.themes);
        let themes = (shared / sum(a.themes) + shared / sum(b.themes)) / 2.0;
        let common = a
            .languages
            .iter()
            .filter(|l| b.languages.contains(l))
            .count();
        let langs = common as f64 / a.languages.len().min(b.languages.len()) as f64;
        let total = s.weights.themes + s.weights.languages;
        if total == 0.0 {
            return 0.0;
        }
        100.0 * (s.weights.themes * themes + s.weights.languages * langs) / total
    }

    #[test]
    fn identical_profiles_score_100_and_disjoint_themes_score_language_share_only() {
        let s = Scoring {
            weights: Weights::default(),
            priorities: 0b1,
            rules: Rules::default(),
        };
        let a = group(0, vec![1, 2], 0b111);
        assert_eq!(score(&a, &a.clone(), &s), 10000);
        let b = group(1, vec![2], 0b1000);
        // Themes share nothing; one of B's one language is shared: 100 · 0.2 · 1.
        assert_eq!(score(&a, &b, &s), 2000);
        assert_eq!(format_score(2000u32), "20.00");
        assert_eq!(format_score(6667u32), "66.67");
        assert_eq!(format_score(5u32), "0.05");
    }

    #[test]
    fn priority_themes_count_more() {
        let s = Scoring {
            weights: Weights::default(),
            priorities: 0b1,
            rules: Rules::default(),
        };
        // Sharing the priority theme (bit 0) beats sharing an ordinary one (bit 1).
        let a = group(0, vec![0], 0b0101);
        let b = group(1, vec![0], 0b1001);
        let c = group(0, vec![0], 0b0110);
        let d = group(1, vec![0], 0b1010);
        assert!(score(&a, &b, &s) > score(&c, &d, &s));
    }

    #[test]
    fn exclusions_list_every_failing_rule() {
        let mut a = group(0, vec![0], 1);
        let mut b = group(0, vec![1], 1);
        a.twins = vec![1];
        b.capacity = 0;
        b.forbidden = vec![0];
        let all = exclusions(&a, 0, &b, 1, &Rules::default());
        assert_eq!(
            all,
            [
                Exclusion::SameCountry,
                Exclusion::NoCommonLanguage,
                Exclusion::AlreadyTwins,
                Exclusion::Forbidden,
                Exclusion::NoCapacity
            ]
        );
        assert!(!eligible(&a, 0, &b, 1, &Rules::default()));
        let off = Rules {
            different_country: false,
            common_language: false,
            exclude_existing_twins: false,
            require_capacity: false,
        };
        // A veto is no rule of the config: it holds with every rule off.
        assert_eq!(exclusions(&a, 0, &b, 1, &off), [Exclusion::Forbidden]);
        b.forbidden.clear();
        assert!(exclusions(&a, 0, &b, 1, &off).is_empty());
        assert!(eligible(&a, 0, &b, 1, &off));
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn matches_the_naive_formula(a in arb_group(), b in arb_group(), s in arb_scoring()) {
            let expected = (naive(&a, &b, &s) * 100.0).round();
            let got = score(&a, &b, &s) as f64;
            // The two evaluate in a different order: allow one hundredth for rounding.
            prop_assert!((got - expected).abs() <= 1.0, "got {got}, naive {expected}");
        }

        #[test]
        fn symmetric_and_bounded(a in arb_group(), b in arb_group(), s in arb_scoring()) {
            let ab = score(&a, &b, &s);
            prop_assert_eq!(ab, score(&b, &a, &s));
            prop_assert!(ab <= 10000);
        }

        #[test]
        fn adding_a_shared_theme_never_lowers_the_score(
            a in arb_group(), b in arb_group(), s in arb_scoring(), t in 0usize..26
        ) {
            let bit = 1u128 << t;
            let (mut a2, mut b2) = (a.clone(), b.clone());
            a2.themes |= bit;
            b2.themes |= bit;
            prop_assert!(score(&a2, &b2, &s) >= score(&a, &b, &s));
        }

        #[test]
        fn sharing_a_theme_beats_sharing_none(
            a in arb_group(), b in arb_group(), s in arb_scoring(), t in 24usize..30
        ) {
            // Make the pair share nothing, then share exactly one new theme.
            let b_none = Group { themes: b.themes & !a.themes, ..b.clone() };
            // Scores are rounded to hundredths: with a negligible themes weight one shared
            // theme can be worth less than 0.01. The property holds for any weight that
            // gives themes at least a tenth of the total (the default gives them 0.8).
            let w = s.weights;
            prop_assume!(b_none.themes != 0 && w.themes >= 0.1 * (w.themes + w.languages));
            let bit = 1u128 << t;
            let a_one = Group { themes: a.themes | bit, ..a.clone() };
            let b_one = Group { themes: b_none.themes | bit, ..b_none.clone() };
            prop_assert!(score(&a_one, &b_one, &s) > score(&a, &b_none, &s));
        }

        #[test]
        fn eligible_agrees_with_exclusions(a in arb_group(), b in arb_group(), cap in 0u32..2, twin in any::<bool>()) {
            let mut a = a;
            a.capacity = cap;
            if twin { a.twins = vec![1]; }
            let rules = Rules::default();
            prop_assert_eq!(eligible(&a, 0, &b, 1, &rules), exclusions(&a, 0, &b, 1, &rules).is_empty());
        }
    }
}
