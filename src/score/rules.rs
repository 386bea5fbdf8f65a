//! The eligibility rules, written once: the four rules of the config ([`Rules`], switched
//! on or off there) and the veto of `--forbid` lists (always on), their one order
//! ([`Exclusion::ALL`]), and how the facts of a pair ([`Facts`]) map to the rules that
//! exclude it ([`Rules::hits`]).
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
    /// The pair is vetoed by a `--forbid` list (always on: not a rule of the config).
    Forbidden,
    /// One of the two groups has capacity 0 (is not seeking a twin).
    NoCapacity,
}

impl Exclusion {
    /// Every rule, in the one order rules are reported and counted in (also the order of
    /// the enum, and of [`Rules::hits`]).
    pub(crate) const ALL: [Exclusion; Exclusion::COUNT] = [
        Exclusion::SameCountry,
        Exclusion::NoCommonLanguage,
        Exclusion::AlreadyTwins,
        Exclusion::Forbidden,
        Exclusion::NoCapacity,
    ];

    /// How many rules there are.
    pub(crate) const COUNT: usize = 5;
}

/// What the rules look at in a pair. The three cheap facts are plain values (the kernel
/// computes them without branching); whether the two groups are already twins is asked
/// (`twinned()`) only when that rule is on, and whether the pair is vetoed (`forbidden()`)
/// always, as both mean looking up lists. They are asked for every pair: in a hot loop,
/// make them `#[inline(always)]` closures (else each pair pays a call) that test a cheap
/// flag first (most groups list nothing).
#[derive(Debug, Clone, Copy)]
pub struct Facts<T: Fn() -> bool, F: Fn() -> bool> {
    /// The two groups are in the same country.
    pub same_country: bool,
    /// The two groups share at least one language.
    pub share_language: bool,
    /// Both groups have capacity ≥ 1.
    pub both_open: bool,
    /// Whether either group lists the other in `twins`.
    pub twinned: T,
    /// Whether a `--forbid` list vetoes the pair.
    pub forbidden: F,
}

impl Rules {
    /// Which rules exclude the pair with these facts, in the order of [`Exclusion::ALL`].
    /// Free of branches on the data (`&`, not `&&`) except for the look-ups of twins and
    /// vetoes: in the kernel's all-pairs loop, country and language tests are coin flips
    /// the CPU cannot predict.
    #[inline(always)]
    pub fn hits<T: Fn() -> bool, F: Fn() -> bool>(
        &self,
        facts: Facts<T, F>,
    ) -> [bool; Exclusion::COUNT] {
        [
            self.different_country & facts.same_country,
            self.common_language & !facts.share_language,
            self.exclude_existing_twins && (facts.twinned)(),
            (facts.forbidden)(),
            self.require_capacity & !facts.both_open,
        ]
    }

    /// Whether no rule excludes the pair with these facts.
    #[inline(always)]
    pub fn admit<T: Fn() -> bool, F: Fn() -> bool>(&self, facts: Facts<T, F>) -> bool {
        let [a, b, c, d, e] = self.hits(facts);
        !(a | b | c | d | e)
    }
}

/// The rules a pair's [`hits`](Rules::hits) name, in order.
pub(crate) fn listed(hits: [bool; Exclusion::COUNT]) -> Vec<Exclusion> {
    Exclusion::ALL
        .into_iter()
        .zip(hits)
        .filter(|&(_, hit)| hit)
        .map(|(rule, _)| rule)
        .collect()
}

/// Per-rule counts (in the order of [`Exclusion::ALL`]) as a list, rules counting nothing
/// left out.
pub(crate) fn tally(counts: [usize; Exclusion::COUNT]) -> Vec<(Exclusion, usize)> {
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
    fn breaking(rule: Exclusion) -> Facts<impl Fn() -> bool, impl Fn() -> bool> {
        Facts {
            same_country: rule == Exclusion::SameCountry,
            share_language: rule != Exclusion::NoCommonLanguage,
            both_open: rule != Exclusion::NoCapacity,
            twinned: move || rule == Exclusion::AlreadyTwins,
            forbidden: move || rule == Exclusion::Forbidden,
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
            let expected: [bool; Exclusion::COUNT] = std::array::from_fn(|i| i == at);
            assert_eq!(hits, expected, "{rule:?}");
            assert_eq!(listed(hits), [rule]);
            assert!(!on.admit(breaking(rule)));
            // A veto is not a rule of the config: switching every rule off keeps it.
            let vetoed = rule == Exclusion::Forbidden;
            let expected: [bool; Exclusion::COUNT] = std::array::from_fn(|i| vetoed && i == at);
            assert_eq!(off.hits(breaking(rule)), expected);
            assert_eq!(off.admit(breaking(rule)), !vetoed);
        }
        // The order is the enum's.
        assert!(Exclusion::ALL.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(
            tally([2, 0, 1, 0, 0]),
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
            forbidden: || false,
        };
        assert!(rules.admit(facts));
    }
}
