//! Why a group is alone, in words: the names of the rules, how many groups each excludes
//! ([`rule_counts`], the one wording `match`, `check` and `assign` share), and `match`'s
//! note for a group without a candidate ([`no_candidate`]).
//!
//! The counts themselves come from `candidates` (`reference::why_alone`, `alone::Scan`);
//! this module only words them. Ids are left as read: the caller escapes the line.

use crate::model::dataset::Dataset;
use crate::score::{Exclusion, Hundredths};

use crate::i18n::tr;

/// A rule's fixed English key, the value machine formats carry (the JSON plan's `rule`,
/// review's `broken_rules`): a contract, the same in every language.
pub(crate) fn rule_key(e: Exclusion) -> &'static str {
    match e {
        Exclusion::SameCountry => "same country",
        Exclusion::NoCommonLanguage => "no common language",
        Exclusion::AlreadyTwins => "already twins",
        Exclusion::Forbidden => "vetoed (--forbid)",
        Exclusion::NoCapacity => "capacity 0 (not seeking a twin)",
    }
}

/// The message id of a rule's name.
fn rule_id(e: Exclusion) -> &'static str {
    match e {
        Exclusion::SameCountry => "rule-same-country",
        Exclusion::NoCommonLanguage => "rule-no-common-language",
        Exclusion::AlreadyTwins => "rule-already-twins",
        Exclusion::Forbidden => "rule-vetoed",
        Exclusion::NoCapacity => "rule-no-capacity",
    }
}

/// A rule's name for a coordinator, in the run's language.
pub(crate) fn rule(e: Exclusion) -> String {
    tr(rule_id(e), &[])
}

/// The names of `rules`, in order, separated by commas: `same country, no common language`.
pub(crate) fn rules(rules: &[Exclusion]) -> String {
    let names: Vec<String> = rules.iter().map(|&e| rule(e)).collect();
    names.join(", ")
}

/// Each rule with the number of other groups it excludes, in order, separated by commas:
/// `same country (1 group), no common language (42 groups)`.
pub(crate) fn rule_counts(counts: impl IntoIterator<Item = (Exclusion, usize)>) -> String {
    let parts: Vec<String> = counts
        .into_iter()
        .map(|(e, n)| {
            let groups = tr("count-groups", &[("count", n.into())]);
            tr(
                "rule-count",
                &[("rule", rule(e).into()), ("groups", groups.into())],
            )
        })
        .collect();
    parts.join(", ")
}

/// Why a group has no candidate when it is the only one.
pub(crate) fn only_group() -> String {
    tr("rule-only-group", &[])
}

/// Why `group` has no candidate to show: it is the only group, or the rules exclude every
/// other group (`excluded`, the counts of [`why_alone`]), or none scores `min_score`.
///
/// [`why_alone`]: crate::candidates::reference::why_alone
pub(crate) fn no_candidate(
    ds: &Dataset,
    group: usize,
    excluded: &[(Exclusion, usize)],
    min_score: Hundredths,
) -> String {
    let id = ds.groups[group].id.as_str();
    if ds.groups.len() == 1 {
        tr(
            "match-only-group",
            &[("id", id.into()), ("why", only_group().into())],
        )
    } else if excluded.is_empty() {
        tr(
            "match-below-min",
            &[
                ("id", id.into()),
                ("min", super::names::score(u64::from(min_score)).into()),
            ],
        )
    } else {
        tr(
            "match-no-eligible",
            &[
                ("id", id.into()),
                ("rules", rule_counts(excluded.iter().copied()).into()),
            ],
        )
    }
}

/// How many groups left alone are each given a line on standard error (`match`'s notes,
/// `assign`'s summary) before the others are counted in one line.
pub(crate) const GROUPS_SHOWN: usize = 10;

/// The note after the first notes of groups without a candidate: `more` were not noted.
pub(crate) fn more_without_candidate(more: usize) -> String {
    tr("match-more", &[("count", more.into())])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testkit::dataset;

    #[test]
    fn rule_counts_name_each_rule_with_its_groups() {
        assert_eq!(rule_counts([]), "");
        assert_eq!(
            rule_counts([(Exclusion::SameCountry, 1), (Exclusion::NoCapacity, 42)]),
            "same country (1 group), capacity 0 (not seeking a twin) (42 groups)"
        );
        assert_eq!(
            rules(&[Exclusion::NoCommonLanguage, Exclusion::AlreadyTwins]),
            "no common language, already twins"
        );
    }

    #[test]
    fn every_rule_has_its_own_name_and_key_in_every_language() {
        use crate::i18n::Lang;
        let keys: std::collections::BTreeSet<&str> =
            Exclusion::ALL.into_iter().map(rule_key).collect();
        assert_eq!(keys.len(), Exclusion::COUNT, "{keys:?}");
        for lang in Lang::ALL {
            let names: std::collections::BTreeSet<String> = Exclusion::ALL
                .into_iter()
                .map(|e| lang.tr(rule_id(e), &[]))
                .collect();
            assert_eq!(names.len(), Exclusion::COUNT, "{lang:?}: {names:?}");
            assert!(names.iter().all(|n| !n.is_empty() && !n.contains(',')));
        }
        // The English names are the keys: machine formats read the same as English text.
        for e in Exclusion::ALL {
            assert_eq!(rule(e), rule_key(e));
        }
    }

    #[test]
    fn no_candidate_says_why() {
        let one = dataset(&[("A", 0, &[0], 0b11, 1)]);
        assert_eq!(
            no_candidate(&one, 0, &[], 0),
            "A has no candidate: it is the only group"
        );
        let two = dataset(&[("A", 0, &[0], 0b11, 1), ("B", 0, &[0], 0b11, 1)]);
        assert_eq!(
            no_candidate(&two, 1, &[(Exclusion::SameCountry, 1)], 0),
            "B has no eligible partner: same country (1 group)"
        );
        assert_eq!(
            no_candidate(&two, 1, &[], 4000),
            "B has no candidate scoring at least 40.00"
        );
    }
}
