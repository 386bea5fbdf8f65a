//! The exported row of a pair: exactly the fields every format writes, in their order, built
//! one at a time from the dataset.

use serde::Serialize;

use crate::candidates::order::Pair;
use crate::model::dataset::Dataset;
use crate::model::profile::themes_of;
use crate::model::reference::Reference;
use crate::score::{Hundredths, shared};

/// One pair as exported: exactly these fields, in this order, in CSV and JSON.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct PairRow<'a> {
    pub rank: usize,
    #[serde(serialize_with = "crate::score::serialize_points")]
    pub score: Hundredths,
    pub id_a: &'a str,
    pub name_a: &'a str,
    pub country_a: &'a str,
    pub id_b: &'a str,
    pub name_b: &'a str,
    pub country_b: &'a str,
    pub shared_themes: Vec<&'a str>,
    pub shared_languages: Vec<&'a str>,
}

impl PairRow<'_> {
    /// The eight text cells after rank and score, in export order, lists joined by "; "
    /// (what CSV and xlsx write).
    pub(crate) fn text_cells(&self) -> [std::borrow::Cow<'_, str>; 8] {
        use std::borrow::Cow::{Borrowed, Owned};
        [
            Borrowed(self.id_a),
            Borrowed(self.name_a),
            Borrowed(self.country_a),
            Borrowed(self.id_b),
            Borrowed(self.name_b),
            Borrowed(self.country_b),
            Owned(self.shared_themes.join("; ")),
            Owned(self.shared_languages.join("; ")),
        ]
    }
}

/// How rows are grouped in a table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Layout {
    /// A ranked list of pairs.
    Pairs,
    /// Consecutive rows with the same `id_a` are one group's candidates.
    PerGroup,
    /// A plan seen from each group (`--layout groups`): consecutive rows with the same
    /// `id_a` are that group's twins, as [`by_group`] orders them. Drawn as
    /// [`PerGroup`](Layout::PerGroup), with "twin" for "candidate".
    Groups,
}

/// A plan's pairs seen from each group, for [`Layout::Groups`]: every pair twice, once from
/// each of its groups (as `a`), groups in id order (dataset order), each group's twins best
/// first (score, then id), with their rank among that group's twins. Groups without a twin
/// have no row.
pub(crate) fn by_group(pairs: &[Pair]) -> (Vec<Pair>, Vec<usize>) {
    let mut seen: Vec<Pair> = pairs
        .iter()
        .flat_map(|p| {
            [
                *p,
                Pair {
                    a: p.b,
                    b: p.a,
                    score: p.score,
                },
            ]
        })
        .collect();
    seen.sort_by(|p, q| {
        p.a.cmp(&q.a)
            .then(q.score.cmp(&p.score))
            .then(p.b.cmp(&q.b))
    });
    let mut ranks = Vec::with_capacity(seen.len());
    for (i, p) in seen.iter().enumerate() {
        let rank = match i.checked_sub(1).map(|j| seen[j].a) {
            Some(previous) if previous == p.a => ranks[i - 1] + 1,
            _ => 1,
        };
        ranks.push(rank);
    }
    (seen, ranks)
}

/// Pairs to export, turned into rows one at a time (an export of a million pairs never
/// holds a million rows).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Export<'a> {
    pub ds: &'a Dataset,
    pub reference: &'a Reference,
    pub pairs: &'a [Pair],
    /// The rank printed for each pair.
    pub ranks: &'a [usize],
}

/// The exported row of pair `p`, numbered `rank`.
pub(crate) fn pair_row<'a>(
    ds: &'a Dataset,
    reference: &'a Reference,
    p: &Pair,
    rank: usize,
) -> PairRow<'a> {
    row(ds, reference, p, rank)
}

impl<'a> Export<'a> {
    /// The rows, lazily.
    pub(crate) fn rows(&self) -> impl Iterator<Item = PairRow<'a>> + 'a {
        let Export {
            ds,
            reference,
            pairs,
            ranks,
        } = *self;
        pairs
            .iter()
            .zip(ranks)
            .map(move |(p, &rank)| row(ds, reference, p, rank))
    }
}

fn row<'a>(ds: &'a Dataset, reference: &'a Reference, p: &Pair, rank: usize) -> PairRow<'a> {
    let (a, b) = (&ds.groups[p.a], &ds.groups[p.b]);
    PairRow {
        rank,
        score: p.score,
        id_a: &a.id,
        name_a: &a.name,
        country_a: &reference.countries[a.country].alpha2,
        id_b: &b.id,
        name_b: &b.name,
        country_b: &reference.countries[b.country].alpha2,
        shared_themes: themes_of(a.themes & b.themes)
            .map(|t| reference.themes[t].id.as_str())
            .collect(),
        shared_languages: shared(&a.languages, &b.languages)
            .into_iter()
            .map(|l| reference.languages[l].code.as_str())
            .collect(),
    }
}

/// Rows whose every table cell is at least as wide as that of any pair of `ds` ranked at most
/// `max_rank`: each group paired with itself (its own themes and languages hold every
/// list it shares), ranked `max_rank`, scoring 100.
pub(crate) fn width_bounds<'a>(
    ds: &'a Dataset,
    reference: &'a Reference,
    max_rank: usize,
) -> impl Iterator<Item = PairRow<'a>> + 'a {
    (0..ds.groups.len()).map(move |g| {
        let p = Pair {
            a: g,
            b: g,
            score: 10_000,
        };
        row(ds, reference, &p, max_rank)
    })
}
