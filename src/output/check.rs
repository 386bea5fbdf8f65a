//! `twin check`'s summary of a network, in this run's language: groups, countries, places,
//! groups per country, languages and themes by count (by their names), the groups not seeking a twin, and every group seeking one
//! without an eligible partner, with the rules excluding the others. Every piece of file
//! text (ids, names, theme ids from the config) is [escaped](escape) for the terminal.

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;

use super::alone::{only_group, rule_counts};
use super::names;
use super::terminal::escape;
use crate::i18n::tr;
use crate::model::dataset::Dataset;
use crate::model::normalize::fold;
use crate::model::profile::themes_of;
use crate::model::reference::Reference;
use crate::score::Exclusion;

/// The summary of `ds` as text. `alone` holds each group seeking a twin without an eligible
/// partner (a dataset index) with, for each rule, how many other groups it excludes. Pure.
pub(crate) fn summary(
    ds: &Dataset,
    r: &Reference,
    alone: &[(usize, Vec<(Exclusion, usize)>)],
) -> String {
    let mut out = String::new();
    tallies(&mut out, ds, r);
    not_seeking(&mut out, ds);
    without_partner(&mut out, ds, r, alone);
    out
}

/// The first line, then the groups per country, the languages and the themes by count.
fn tallies(out: &mut String, ds: &Dataset, r: &Reference) {
    // Counted by index first (a million groups cost a million increments, not name
    // lookups), then by name: two entries of one name are one line.
    let mut by_country = vec![0usize; r.countries.len()];
    let mut by_language = vec![0usize; r.languages.len()];
    let mut by_theme = vec![0usize; r.themes.len()];
    for g in &ds.groups {
        by_country[g.country] += 1;
        for &l in &g.languages {
            by_language[l] += 1;
        }
        for t in themes_of(g.themes) {
            by_theme[t] += 1;
        }
    }
    let countries = by_name(&by_country, |i| names::country(r, i));
    let languages = by_name(&by_language, |i| names::language(r, i));
    let themes = by_name(&by_theme, |i| names::theme(r, i));
    let seeking = ds.groups.iter().filter(|g| g.capacity > 0).count() as u64;
    let places: u64 = ds.groups.iter().map(|g| u64::from(g.capacity)).sum();
    let count = |id: &str, n: u64| tr(id, &[("count", n.into())]);
    let _ = writeln!(
        out,
        "{}",
        tr(
            "check-network",
            &[
                (
                    "groups",
                    count("count-groups", ds.groups.len() as u64).into()
                ),
                (
                    "countries",
                    count("count-countries", countries.len() as u64).into()
                ),
                ("seeking", seeking.into()),
                ("places", count("count-places", places).into()),
            ]
        )
    );
    for (heading, map) in [
        ("check-per-country", &countries),
        ("check-languages", &languages),
        ("check-themes", &themes),
    ] {
        let _ = writeln!(out, "\n{}\n  {}", tr(heading, &[]), counts(map));
    }
}

/// Counts by index (`counts[i]` for entry `i`) as counts by `name`, zeros left out.
fn by_name<'r>(counts: &[usize], name: impl Fn(usize) -> &'r str) -> BTreeMap<&'r str, usize> {
    let mut map = BTreeMap::new();
    for (i, &n) in counts.iter().enumerate().filter(|(_, n)| **n > 0) {
        *map.entry(name(i)).or_default() += n;
    }
    map
}

/// The groups with capacity 0, when there are any.
fn not_seeking(out: &mut String, ds: &Dataset) {
    let not_seeking: Vec<_> = ds
        .groups
        .iter()
        .filter(|g| g.capacity == 0)
        .map(|g| escape(&g.id))
        .collect();
    if !not_seeking.is_empty() {
        let ids = not_seeking.join(", ");
        let _ = writeln!(out, "\n{}", tr("check-not-seeking", &[("ids", ids.into())]));
    }
}

/// The groups without an eligible partner, each with the rules excluding the others, or a
/// line saying every group seeking a twin has one.
fn without_partner(
    out: &mut String,
    ds: &Dataset,
    r: &Reference,
    alone: &[(usize, Vec<(Exclusion, usize)>)],
) {
    if alone.is_empty() {
        let _ = writeln!(out, "\n{}", tr("check-all-have-partners", &[]));
        return;
    }
    let sep = tr("sep-label", &[]);
    // Groups of one country and language set have the same counts: each distinct list of
    // counts is put in words once (tens of thousands of groups, a few hundred lists).
    let mut worded: HashMap<&[(Exclusion, usize)], String> = HashMap::new();
    let lines: Vec<String> = alone
        .iter()
        .map(|(i, excluded)| {
            let g = &ds.groups[*i];
            let why = if ds.groups.len() == 1 {
                only_group()
            } else {
                worded
                    .entry(excluded)
                    .or_insert_with(|| rule_counts(excluded.iter().copied()))
                    .clone()
            };
            format!(
                "  {} {} ({}){sep}{why}",
                escape(&g.id),
                escape(&g.name),
                escape(&r.countries[g.country].alpha2),
            )
        })
        .collect();
    let groups = tr("count-groups", &[("count", alone.len().into())]);
    let heading = tr("check-no-partner", &[("groups", groups.into())]);
    let _ = writeln!(out, "\n{heading}\n{}", lines.join("\n"));
}

/// "FR 6, ES 4, …": largest count first, then by name.
fn counts(map: &BTreeMap<&str, usize>) -> String {
    let mut v: Vec<(&str, usize)> = map.iter().map(|(k, v)| (*k, *v)).collect();
    // Largest count first, then alphabetically as a reader expects (Égypte with the E's).
    v.sort_by(|a, b| {
        b.1.cmp(&a.1)
            .then_with(|| fold(a.0).cmp(&fold(b.0)))
            .then(a.0.cmp(b.0))
    });
    let parts: Vec<String> = v
        .iter()
        .map(|(k, n)| format!("{} {n}", escape(k)))
        .collect();
    if parts.is_empty() {
        tr("check-none", &[])
    } else {
        parts.join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::settings::Config;
    use crate::testkit::dataset;

    #[test]
    fn groups_without_a_partner_are_listed_with_the_rule_counts() {
        let r = Config::default_config().reference;
        let two = dataset(&[("A", 0, &[0], 0b11, 1), ("B", 0, &[0], 0b11, 0)]);
        let text = summary(&two, &r, &[(0, vec![(Exclusion::SameCountry, 1)])]);
        assert!(
            text.ends_with(
                "\nno eligible partner (1 group), with the rules excluding the other groups:\n  A A (AD): same country (1 group)\n"
            ),
            "{text}"
        );
        assert!(
            text.contains("\nnot seeking a twin (capacity 0): B\n"),
            "{text}"
        );
        let one = dataset(&[("A", 0, &[0], 0b11, 1)]);
        let text = summary(&one, &r, &[(0, Vec::new())]);
        assert!(
            text.ends_with("  A A (AD): it is the only group\n"),
            "{text}"
        );
        let text = summary(&two, &r, &[]);
        assert!(
            text.ends_with("\nevery group seeking a twin has at least one eligible partner\n"),
            "{text}"
        );
        assert!(
            text.starts_with("2 groups in 1 country; 1 seeking a twin (1 place in all)\n"),
            "{text}"
        );
    }

    #[test]
    fn counts_come_largest_first_then_by_name() {
        let map: BTreeMap<&str, usize> = [("ES", 4), ("FR", 6), ("BE", 4)].into_iter().collect();
        assert_eq!(counts(&map), "FR 6, BE 4, ES 4");
        assert_eq!(counts(&BTreeMap::new()), "none");
    }
}
