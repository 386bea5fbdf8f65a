//! `twin explain`'s text: one pair's eligibility, rule by rule, and its score component by
//! component (themes, languages, the formula with the weights); or where one group stands
//! (its eligible partners, what each rule excludes, its best candidates). Pairs listed in
//! `--keep`, `--forbid` or `--history` files are said to be, with where ([`Listed`]).
//! Every piece of file text (ids, names) is [escaped](escape) for the terminal.

use std::fmt::Write as _;

use fluent_bundle::FluentValue;

use super::names;
use super::terminal::escape;
use crate::i18n::{current, tr};
use crate::model::dataset::Dataset;
use crate::model::profile::{Group, themes_of};
use crate::model::reference::Reference;
use crate::score::{Components, Exclusion, Scoring, components, exclusions, shared, weighted_size};

/// Where a pair is listed in the command's pair lists (`file:line` of its first listing).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Listed {
    pub kept: Option<String>,
    pub forbidden: Option<String>,
    pub history: Option<String>,
}

/// `text` (a number written with a decimal point) as this run's language writes numbers:
/// `0.750`, `0,750` in French and Spanish (as [`names::score`] writes scores).
pub(super) fn decimal(text: String) -> String {
    current().write_number(&text)
}

/// A score in hundredths, for text: two decimals, this run's decimal sign.
fn points(hundredths: u32) -> String {
    names::score(u64::from(hundredths))
}

/// A theme as the explanation names it: by its label in the run's language, as the table
/// and `check` name it (`food security`, `sécurité alimentaire`).
fn theme_word(r: &Reference, t: usize) -> &str {
    names::theme(r, t)
}

/// The message `id` with its placeables, in this run's language.
fn say(id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    tr(id, args)
}

/// The explanation of the pair (a, b) as text, `a` first; `listed`: where the pair is
/// listed in `--keep`, `--forbid` and `--history` files. Pure.
pub(crate) fn explanation(
    ds: &Dataset,
    r: &Reference,
    scoring: &Scoring,
    (a, b): (usize, usize),
    listed: &Listed,
) -> String {
    let pair = Pair {
        a: &ds.groups[a],
        b: &ds.groups[b],
        r,
        scoring,
        listed,
    };
    let excluded = exclusions(pair.a, a, pair.b, b, &scoring.rules);
    let c = components(pair.a, pair.b, scoring);
    let mut out = String::new();
    pair.eligibility(&mut out, &excluded);
    if let Some(at) = &listed.kept {
        let _ = writeln!(
            out,
            "{}",
            say("explain-kept", &[("at", at.as_str().into())])
        );
    }
    if let Some(at) = listed
        .history
        .as_ref()
        .filter(|_| !scoring.rules.exclude_existing_twins)
    {
        let _ = writeln!(
            out,
            "{}",
            say("explain-history", &[("at", at.as_str().into())])
        );
    }
    let score = [("score", points(c.score).into())];
    let heading = if excluded.is_empty() {
        say("explain-score", &score)
    } else {
        say("explain-score-if-eligible", &score)
    };
    let _ = writeln!(out, "{heading}");
    let _ = writeln!(out);
    pair.themes(&mut out, &c);
    let _ = writeln!(out);
    pair.languages(&mut out, &c);
    let _ = writeln!(out);
    pair.formula(&mut out, &c);
    out
}

/// A group's pairs in the command's pair lists: each partner (dataset index) with where the
/// pair is listed (`file:line`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct GroupListed {
    pub kept: Vec<(usize, String)>,
    pub forbidden: Vec<(usize, String)>,
}

/// Where group `g` stands: its capacity, how many other groups are eligible partners, how
/// many each rule excludes, its kept and forbidden pairs, and its `best` candidates (best
/// first, each pair's `a` = `g`; kept partners marked). `excluded` are the counts of
/// [`why_alone`](crate::candidates::reference::why_alone)'s rules over every other group.
/// Pure.
pub(crate) fn standing(
    ds: &Dataset,
    r: &Reference,
    g: usize,
    eligible: usize,
    excluded: &[(Exclusion, usize)],
    best: &[crate::candidates::order::Pair],
    listed: &GroupListed,
) -> String {
    let group = &ds.groups[g];
    let label = |x: &Group| {
        format!(
            "{} {} ({})",
            escape(&x.id),
            escape(&x.name),
            r.countries[x.country].alpha2
        )
    };
    let label_sep = tr("sep-label", &[]);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}",
        say(
            "explain-capacity",
            &[
                ("group", label(group).into()),
                ("capacity", group.capacity.into()),
            ]
        )
    );
    let others = ds.groups.len() - 1;
    let _ = writeln!(
        out,
        "{}",
        say(
            "explain-partners",
            &[("eligible", eligible.into()), ("count", others.into())]
        )
    );
    if excluded.is_empty() {
        let _ = writeln!(out, "{}", say("explain-excluded-none", &[]));
    } else {
        let _ = writeln!(out, "{}", say("explain-excluded", &[]));
        for &(rule, n) in excluded {
            let _ = writeln!(
                out,
                "  {}{label_sep}{}",
                super::alone::rule(rule),
                tr("count-groups", &[("count", n.into())])
            );
        }
    }
    for (id, pairs) in [
        ("explain-kept-pairs", &listed.kept),
        ("explain-forbidden-pairs", &listed.forbidden),
    ] {
        if pairs.is_empty() {
            continue;
        }
        let each: Vec<String> = pairs
            .iter()
            .map(|(o, at)| format!("{} ({at})", escape(&ds.groups[*o].id)))
            .collect();
        let _ = writeln!(
            out,
            "{}",
            say(
                id,
                &[
                    ("count", pairs.len().into()),
                    ("list", each.join(", ").into())
                ]
            )
        );
    }
    if best.is_empty() {
        let _ = writeln!(out, "{}", say("explain-best-none", &[]));
        return out;
    }
    let _ = writeln!(out, "{}", say("explain-best", &[]));
    let none = tr("check-none", &[]);
    for (rank, p) in best.iter().enumerate() {
        let other = &ds.groups[p.b];
        let themes: Vec<String> = themes_of(group.themes & other.themes)
            .map(|t| escape(theme_word(r, t)).into_owned())
            .collect();
        let languages: Vec<&str> = shared(&group.languages, &other.languages)
            .into_iter()
            .map(|l| r.languages[l].code.as_str())
            .collect();
        let kept = if listed.kept.iter().any(|(o, _)| *o == p.b) {
            format!("  {}", say("explain-kept-mark", &[]))
        } else {
            String::new()
        };
        let shared_text = say(
            "explain-best-shared",
            &[
                (
                    "themes",
                    if themes.is_empty() {
                        none.clone()
                    } else {
                        themes.join(", ")
                    }
                    .into(),
                ),
                ("languages", languages.join(", ").into()),
            ],
        );
        let _ = writeln!(
            out,
            "  {:>2}. {:>6}  {}{kept}\n              {shared_text}",
            rank + 1,
            points(p.score),
            label(other),
        );
    }
    let id = [("id", escape(&group.id).into_owned().into())];
    let _ = writeln!(
        out,
        "{}\n {}",
        say("explain-hint-pair", &id),
        say("explain-hint-match", &id)
    );
    out
}

/// Each rule excluding the pair (a, b), with the facts that make it apply (as the pair
/// view words them), in rule order; empty when the pair is eligible.
pub(crate) fn broken_rules(
    ds: &Dataset,
    r: &Reference,
    scoring: &Scoring,
    a: usize,
    b: usize,
) -> Vec<String> {
    let pair = Pair {
        a: &ds.groups[a],
        b: &ds.groups[b],
        r,
        scoring,
        listed: &Listed::default(),
    };
    exclusions(pair.a, a, pair.b, b, &scoring.rules)
        .into_iter()
        .map(|e| pair.exclusion(e))
        .collect()
}

/// The two groups explained, with what their names and weights are looked up in.
struct Pair<'a> {
    a: &'a Group,
    b: &'a Group,
    r: &'a Reference,
    scoring: &'a Scoring,
    listed: &'a Listed,
}

/// An id escaped for the terminal, as a placeable.
fn id_of(g: &Group) -> FluentValue<'static> {
    escape(&g.id).into_owned().into()
}

impl Pair<'_> {
    /// `ID NAME (CC)`.
    fn label(&self, g: &Group) -> String {
        format!(
            "{} {} ({})",
            escape(&g.id),
            escape(&g.name),
            self.r.countries[g.country].alpha2
        )
    }

    /// The pair's heading, then whether it is eligible and every rule excluding it.
    fn eligibility(&self, out: &mut String, excluded: &[Exclusion]) {
        let _ = writeln!(out, "{}  ×  {}", self.label(self.a), self.label(self.b));
        if excluded.is_empty() {
            let _ = writeln!(out, "{}", say("explain-eligible-yes", &[]));
        } else {
            let _ = writeln!(out, "{}", say("explain-eligible-no", &[]));
            for &e in excluded {
                let _ = writeln!(out, "  ✗ {}", self.exclusion(e));
            }
        }
    }

    /// One rule excluding the pair, with the facts that make it apply.
    fn exclusion(&self, e: Exclusion) -> String {
        let (a, b, r) = (self.a, self.b, self.r);
        let both = || [("a", id_of(a)), ("b", id_of(b))];
        match e {
            Exclusion::SameCountry => say(
                "explain-same-country",
                &[
                    ("code", r.countries[a.country].alpha2.as_str().into()),
                    ("country", names::country(r, a.country).into()),
                ],
            ),
            Exclusion::NoCommonLanguage => say(
                "explain-no-common-language",
                &[
                    ("a", id_of(a)),
                    ("languages-a", self.languages_of(&a.languages, "").into()),
                    ("b", id_of(b)),
                    ("languages-b", self.languages_of(&b.languages, "").into()),
                ],
            ),
            Exclusion::AlreadyTwins => match &self.listed.history {
                Some(at) => {
                    let [x, y] = both();
                    say(
                        "explain-already-twins-before",
                        &[x, y, ("at", at.as_str().into())],
                    )
                }
                None => say("explain-already-twins", &both()),
            },
            Exclusion::Forbidden => match &self.listed.forbidden {
                Some(at) => say("explain-vetoed-at", &[("at", at.as_str().into())]),
                None => say("explain-vetoed", &both()),
            },
            Exclusion::NoCapacity => {
                let who: Vec<&Group> = [a, b].into_iter().filter(|g| g.capacity == 0).collect();
                match who.as_slice() {
                    [one] => say("explain-no-capacity-one", &[("id", id_of(one))]),
                    _ => say("explain-no-capacity-both", &both()),
                }
            }
        }
    }

    /// The language codes of `languages`, separated by commas, or `none` when empty.
    fn languages_of(&self, languages: &[usize], none: &str) -> String {
        let codes: Vec<&str> = languages
            .iter()
            .map(|&i| self.r.languages[i].code.as_str())
            .collect();
        if codes.is_empty() {
            none.into()
        } else {
            codes.join(", ")
        }
    }

    /// The themes of `set` (ids in English, labels otherwise: [`theme_word`]), priority
    /// themes starred, or "none" when empty.
    fn themes_of(&self, set: u128) -> String {
        let names: Vec<String> = themes_of(set)
            .map(|t| {
                let star = if self.scoring.priorities >> t & 1 == 1 {
                    "*"
                } else {
                    ""
                };
                format!("{}{star}", escape(theme_word(self.r, t)))
            })
            .collect();
        if names.is_empty() {
            tr("check-none", &[])
        } else {
            names.join(", ")
        }
    }

    /// Each group's themes, the shared ones, and the theme overlap from the weighted shares.
    fn themes(&self, out: &mut String, c: &Components) {
        let (a, b, scoring) = (self.a, self.b, self.scoring);
        let common = a.themes & b.themes;
        let sep = tr("sep-label", &[]);
        let priority = scoring.weights.priority;
        let _ = writeln!(
            out,
            "{}",
            say(
                "explain-themes",
                &[
                    ("priority", decimal(trim_num(priority)).into()),
                    ("count", priority.into()),
                ]
            )
        );
        let _ = writeln!(out, "  {}{sep}{}", escape(&a.id), self.themes_of(a.themes));
        let _ = writeln!(out, "  {}{sep}{}", escape(&b.id), self.themes_of(b.themes));
        let _ = writeln!(
            out,
            "  {}",
            say("explain-shared", &[("list", self.themes_of(common).into())])
        );
        let shared_w = weighted_size(common, scoring);
        for (g, share) in [(a, c.theme_share_a), (b, c.theme_share_b)] {
            let _ = writeln!(
                out,
                "  {}",
                say(
                    "explain-share",
                    &[
                        ("id", id_of(g)),
                        ("shared", decimal(trim_num(shared_w)).into()),
                        (
                            "total",
                            decimal(trim_num(weighted_size(g.themes, scoring))).into(),
                        ),
                        ("share", decimal(format!("{share:.3}")).into()),
                    ]
                )
            );
        }
        let _ = writeln!(
            out,
            "  {}",
            say(
                "explain-theme-overlap",
                &[("overlap", decimal(format!("{:.3}", c.themes)).into())]
            )
        );
    }

    /// Each group's languages, the shared ones, and the language overlap.
    fn languages(&self, out: &mut String, c: &Components) {
        let (a, b) = (self.a, self.b);
        let common = shared(&a.languages, &b.languages);
        let sep = tr("sep-label", &[]);
        let none = tr("check-none", &[]);
        let _ = writeln!(out, "{}", say("explain-languages", &[]));
        for g in [a, b] {
            let _ = writeln!(
                out,
                "  {}{sep}{}",
                escape(&g.id),
                self.languages_of(&g.languages, &none)
            );
        }
        let _ = writeln!(
            out,
            "  {}",
            say(
                "explain-shared",
                &[("list", self.languages_of(&common, &none).into())]
            )
        );
        let _ = writeln!(
            out,
            "  {}",
            say(
                "explain-language-overlap",
                &[
                    ("shared", common.len().into()),
                    ("smaller", a.languages.len().min(b.languages.len()).into()),
                    ("overlap", decimal(format!("{:.3}", c.languages)).into()),
                ]
            )
        );
    }

    /// The score formula, with the weights and overlaps put in, and each part's points;
    /// the lines after the first start under its first `=`.
    fn formula(&self, out: &mut String, c: &Components) {
        let w = &self.scoring.weights;
        let total_w = w.themes + w.languages;
        let theme_points = 100.0 * w.themes * c.themes / total_w;
        let lang_points = 100.0 * w.languages * c.languages / total_w;
        let first = say("explain-formula", &[]);
        let indent = first
            .find('=')
            .map_or(0, |at| unicode_width::UnicodeWidthStr::width(&first[..at]));
        let pad = " ".repeat(indent);
        let _ = writeln!(out, "{first}");
        let _ = writeln!(
            out,
            "{pad}= 100 × ({} × {} + {} × {}) / {}",
            decimal(trim_num(w.themes)),
            decimal(format!("{:.3}", c.themes)),
            decimal(trim_num(w.languages)),
            decimal(format!("{:.3}", c.languages)),
            decimal(trim_num(total_w))
        );
        let _ = writeln!(
            out,
            "{pad}{}",
            say(
                "explain-formula-points",
                &[
                    ("themes", decimal(format!("{theme_points:.2}")).into()),
                    ("languages", decimal(format!("{lang_points:.2}")).into()),
                    ("score", points(c.score).into()),
                ]
            )
        );
    }
}

/// Prints a weight without trailing zeros: 2 → "2", 0.8 → "0.8" (with this run's decimal
/// sign where it goes into a sentence: [`decimal`]).
fn trim_num(x: f64) -> String {
    let s = format!("{x:.4}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weights_are_shown_without_trailing_zeros() {
        assert_eq!(trim_num(2.0), "2");
        assert_eq!(trim_num(0.8), "0.8");
        assert_eq!(trim_num(0.125), "0.125");
        assert_eq!(trim_num(10.0), "10");
    }
}
