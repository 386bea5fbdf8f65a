//! The eligibility rules, written once: the four rules ([`Rules`], switched on or off in
//! the config), their one order ([`Exclusion::ALL`]), and how the facts of a pair
//! ([`Facts`]) map to the rules that exclude it ([`Rules::hits`]).
//!
//! Every path that tests a pair goes through [`Rules::hits`]: the reference functions
//! ([`exclusions`](crate::score::exclusions), [`eligible`](crate::score::eligible)) with
//! facts read from two [`Group`](crate::model::profile::Group)s, the packed kernel
//! ([`Kernel::pair_parts`](crate::score::kernel::Kernel::pair_parts)) with facts read from
//! its arrays, and the per-rule counts of "why is this group alone"
//! ([`tally`]). Only the census counts rules another way (by aggregate, without pairs),
//! in the same order, and is tested against the pair-by-pair counts.

/// The hard rules that make a pair eligible; each can be switched off in the config.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rules {
    /// The two groups are in different countries.
    pub different_country: bool,
    /// The two groups share at least one language.
    pub common_language: bool,
    /// Neither group lists the other in `twins`.
    pub exclude_existing_twins: bool,
    /// Both groups have capacity ≥ 1.
    pub require_capacity: bool,
}

impl Default for Rules {
    fn default() -> Self {
        Self {
            different_country: true,
            common_language: true,
            exclude_existing_twins: true,
            require_capacity: true,
        }
    }
}

/// A rule that excludes a pair.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum Exclusion {
    SameCountry,
    NoCommonLanguage,
    AlreadyTwins,
    /// One of the two groups has capacity 0 (is not seeking a twin).
    NoCapacity,
}

impl Exclusion {
    /// Every rule, in the one order rules are reported and counted in (also the order of
    /// the enum, and of [`Rules::hits`]).
    pub(crate) const ALL: [Exclusion; 4] = [
        Exclusion::SameCountry,
        Exclusion::NoCommonLanguage,
        Exclusion::AlreadyTwins,
        Exclusion::NoCapacity,
    ];
}

/// What the rules look at in a pair. The three cheap facts are plain values (the kernel
/// computes them without branching); whether the two groups are already twins is asked
/// (`twinned()`) only when that rule is on, as it means looking up lists. It is asked for
/// every pair while the rule is on: in a hot loop, make it an `#[inline(always)]` closure
/// (else each pair pays a call).
#[derive(Debug, Clone, Copy)]
pub struct Facts<T: Fn() -> bool> {
    /// The two groups are in the same country.
    pub same_country: bool,
    /// The two groups share at least one language.
    pub share_language: bool,
    /// Both groups have capacity ≥ 1.
    pub both_open: bool,
    /// Whether either group lists the other in `twins`.
    pub twinned: T,
}

impl Rules {
    /// Which rules exclude the pair with these facts, in the order of [`Exclusion::ALL`].
    /// Free of branches on the data (`&`, not `&&`) except for the twins look-up: in the
    /// kernel's all-pairs loop, country and language tests are coin flips the CPU cannot
    /// predict.
    #[inline(always)]
    pub fn hits<T: Fn() -> bool>(&self, facts: Facts<T>) -> [bool; 4] {
        [
            self.different_country & facts.same_country,
            self.common_language & !facts.share_language,
            self.exclude_existing_twins && (facts.twinned)(),
            self.require_capacity & !facts.both_open,
        ]
    }

    /// Whether no rule excludes the pair with these facts.
    #[inline(always)]
    pub fn admit<T: Fn() -> bool>(&self, facts: Facts<T>) -> bool {
        let [a, b, c, d] = self.hits(facts);
        !(a | b | c | d)
    }
}

/// The rules a pair's [`hits`](Rules::hits) name, in order.
pub(crate) fn listed(hits: [bool; 4]) -> Vec<Exclusion> {
    Exclusion::ALL
        .into_iter()
        .zip(hits)
        .filter(|&(_, hit)| hit)
        .map(|(rule, _)| rule)
        .collect()
}

/// Per-rule counts (in the order of [`Exclusion::ALL`]) as a list, rules counting nothing
/// left out.
pub(crate) fn tally(counts: [usize; 4]) -> Vec<(Exclusion, usize)> {
    Exclusion::ALL
        .into_iter()
        .zip(counts)
        .filter(|&(_, n)| n > 0)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Facts breaking exactly the rule `rule` (and no other).
    fn breaking(rule: Exclusion) -> Facts<impl Fn() -> bool> {
        Facts {
            same_country: rule == Exclusion::SameCountry,
            share_language: rule != Exclusion::NoCommonLanguage,
            both_open: rule != Exclusion::NoCapacity,
            twinned: move || rule == Exclusion::AlreadyTwins,
        }
    }

    #[test]
    fn each_fact_hits_its_own_rule_at_its_place_in_the_order() {
        let on = Rules::default();
        let off = Rules {
            different_country: false,
            common_language: false,
            exclude_existing_twins: false,
            require_capacity: false,
        };
        for (at, rule) in Exclusion::ALL.into_iter().enumerate() {
            let hits = on.hits(breaking(rule));
            let expected: [bool; 4] = std::array::from_fn(|i| i == at);
            assert_eq!(hits, expected, "{rule:?}");
            assert_eq!(listed(hits), [rule]);
            assert!(!on.admit(breaking(rule)));
            assert_eq!(off.hits(breaking(rule)), [false; 4]);
            assert!(off.admit(breaking(rule)));
        }
        // The order is the enum's.
        assert!(Exclusion::ALL.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(
            tally([2, 0, 1, 0]),
            [(Exclusion::SameCountry, 2), (Exclusion::AlreadyTwins, 1)]
        );
    }

    #[test]
    fn the_twins_lookup_is_skipped_when_its_rule_is_off() {
        let rules = Rules {
            exclude_existing_twins: false,
            ..Rules::default()
        };
        let facts = Facts {
            same_country: false,
            share_language: true,
            both_open: true,
            twinned: || panic!("looked up"),
        };
        assert!(rules.admit(facts));
    }
}
