//! `twin explain`'s text: one pair's eligibility, rule by rule, and its score component by
//! component (themes, languages, the formula with the weights); or where one group stands
//! (its eligible partners, what each rule excludes, its best candidates). Pairs listed in
//! `--keep`, `--forbid` or `--history` files are said to be, with where ([`Listed`]).
//! Every piece of file text (ids, names) is [escaped](escape) for the terminal.

use std::fmt::Write as _;

use super::messages::counted;
use super::terminal::escape;
use crate::model::dataset::Dataset;
use crate::model::profile::{Group, themes_of};
use crate::model::reference::Reference;
use crate::score::{
    Components, Exclusion, Scoring, components, exclusions, format_score, shared, weighted_size,
};

/// Where a pair is listed in the command's pair lists (`file:line` of its first listing).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Listed {
    pub kept: Option<String>,
    pub forbidden: Option<String>,
    pub history: Option<String>,
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
        let _ = writeln!(out, "kept: listed in {at} (--keep), so always in the plan");
    }
    if let Some(at) = listed
        .history
        .as_ref()
        .filter(|_| !scoring.rules.exclude_existing_twins)
    {
        let _ = writeln!(
            out,
            "history: paired before ({at}, --history); not excluded, as the rule on existing twins is off"
        );
    }
    let heading = if excluded.is_empty() {
        "score"
    } else {
        "score if eligible"
    };
    let _ = writeln!(out, "{heading}: {} / 100", format_score(c.score));
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
    let mut out = String::new();
    let _ = writeln!(out, "{}: capacity {}", label(group), group.capacity);
    let others = ds.groups.len() - 1;
    let _ = writeln!(
        out,
        "eligible partners: {eligible} of {}",
        counted(others as u64, "other group")
    );
    if excluded.is_empty() {
        let _ = writeln!(out, "excluded by the rules: none");
    } else {
        let _ = writeln!(out, "excluded by the rules (a group may break several):");
        for &(rule, n) in excluded {
            let _ = writeln!(
                out,
                "  {}: {}",
                super::alone::rule(rule),
                counted(n as u64, "group")
            );
        }
    }
    for (what, pairs) in [("kept", &listed.kept), ("forbidden", &listed.forbidden)] {
        if pairs.is_empty() {
            continue;
        }
        let each: Vec<String> = pairs
            .iter()
            .map(|(o, at)| format!("{} ({at})", escape(&ds.groups[*o].id)))
            .collect();
        let _ = writeln!(
            out,
            "{what} pairs (--{}): {} — {}",
            if what == "kept" { "keep" } else { "forbid" },
            pairs.len(),
            each.join(", ")
        );
    }
    if best.is_empty() {
        let _ = writeln!(out, "best candidates: none");
        return out;
    }
    let _ = writeln!(out, "best candidates:");
    for (rank, p) in best.iter().enumerate() {
        let other = &ds.groups[p.b];
        let themes: Vec<&str> = themes_of(group.themes & other.themes)
            .map(|t| r.themes[t].id.as_str())
            .collect();
        let languages: Vec<&str> = shared(&group.languages, &other.languages)
            .into_iter()
            .map(|l| r.languages[l].code.as_str())
            .collect();
        let kept = if listed.kept.iter().any(|(o, _)| *o == p.b) {
            "  [kept]"
        } else {
            ""
        };
        let _ = writeln!(
            out,
            "  {:>2}. {:>6}  {}{kept}\n              themes {}; languages {}",
            rank + 1,
            format_score(p.score),
            label(other),
            if themes.is_empty() {
                "none".to_string()
            } else {
                themes.join(", ")
            },
            languages.join(", ")
        );
    }
    let _ = writeln!(
        out,
        "(`twin explain FILES… {} ID` explains one pair;\n `twin match FILES… --group {}` lists every candidate)",
        escape(&group.id),
        escape(&group.id)
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
            let _ = writeln!(out, "eligible: yes");
        } else {
            let _ = writeln!(out, "eligible: no");
            for &e in excluded {
                let _ = writeln!(out, "  ✗ {}", self.exclusion(e));
            }
        }
    }

    /// One rule excluding the pair, with the facts that make it apply.
    fn exclusion(&self, e: Exclusion) -> String {
        let (a, b, r) = (self.a, self.b, self.r);
        match e {
            Exclusion::SameCountry => format!(
                "same country: both are in {} ({})",
                r.countries[a.country].alpha2, r.countries[a.country].en
            ),
            Exclusion::NoCommonLanguage => format!(
                "no common language: {} speaks {}; {} speaks {}",
                escape(&a.id),
                self.languages_of(&a.languages, ""),
                escape(&b.id),
                self.languages_of(&b.languages, "")
            ),
            Exclusion::AlreadyTwins => match &self.listed.history {
                Some(at) => format!(
                    "already twins: {} and {} were paired before (--history {at})",
                    escape(&a.id),
                    escape(&b.id)
                ),
                None => format!(
                    "already twins: {} and {} are listed as existing twins",
                    escape(&a.id),
                    escape(&b.id)
                ),
            },
            Exclusion::Forbidden => match &self.listed.forbidden {
                Some(at) => format!("vetoed: forbidden by {at} (--forbid)"),
                None => format!(
                    "vetoed: the pair {} – {} is listed in a --forbid file",
                    escape(&a.id),
                    escape(&b.id)
                ),
            },
            Exclusion::NoCapacity => {
                let who: Vec<std::borrow::Cow<str>> = [a, b]
                    .iter()
                    .filter(|g| g.capacity == 0)
                    .map(|g| escape(&g.id))
                    .collect();
                let is = if who.len() == 1 { "is" } else { "are" };
                format!("capacity 0: {} {is} not seeking a twin", who.join(" and "))
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

    /// The theme ids of `set`, priority themes starred, or `none` when empty.
    fn themes_of(&self, set: u128) -> String {
        let names: Vec<String> = themes_of(set)
            .map(|t| {
                let star = if self.scoring.priorities >> t & 1 == 1 {
                    "*"
                } else {
                    ""
                };
                format!("{}{star}", self.r.themes[t].id)
            })
            .collect();
        if names.is_empty() {
            "none".into()
        } else {
            names.join(", ")
        }
    }

    /// Each group's themes, the shared ones, and the theme overlap from the weighted shares.
    fn themes(&self, out: &mut String, c: &Components) {
        let (a, b, scoring) = (self.a, self.b, self.scoring);
        let common = a.themes & b.themes;
        let _ = writeln!(
            out,
            "themes (points: * = priority, {} {}; others 1 point)",
            trim_num(scoring.weights.priority),
            if scoring.weights.priority == 1.0 {
                "point"
            } else {
                "points"
            }
        );
        let _ = writeln!(out, "  {}: {}", escape(&a.id), self.themes_of(a.themes));
        let _ = writeln!(out, "  {}: {}", escape(&b.id), self.themes_of(b.themes));
        let _ = writeln!(out, "  shared: {}", self.themes_of(common));
        let shared_w = weighted_size(common, scoring);
        for (g, share) in [(a, c.theme_share_a), (b, c.theme_share_b)] {
            let _ = writeln!(
                out,
                "  share of {}'s theme points: {} / {} = {share:.3}",
                escape(&g.id),
                trim_num(shared_w),
                trim_num(weighted_size(g.themes, scoring)),
            );
        }
        let _ = writeln!(out, "  theme overlap (mean of the shares): {:.3}", c.themes);
    }

    /// Each group's languages, the shared ones, and the language overlap.
    fn languages(&self, out: &mut String, c: &Components) {
        let (a, b) = (self.a, self.b);
        let common = shared(&a.languages, &b.languages);
        let _ = writeln!(out, "languages");
        let _ = writeln!(
            out,
            "  {}: {}",
            escape(&a.id),
            self.languages_of(&a.languages, "none")
        );
        let _ = writeln!(
            out,
            "  {}: {}",
            escape(&b.id),
            self.languages_of(&b.languages, "none")
        );
        let _ = writeln!(out, "  shared: {}", self.languages_of(&common, "none"));
        let _ = writeln!(
            out,
            "  language overlap: {} shared / {} (the smaller list) = {:.3}",
            common.len(),
            a.languages.len().min(b.languages.len()),
            c.languages
        );
    }

    /// The score formula, with the weights and overlaps put in, and each part's points.
    fn formula(&self, out: &mut String, c: &Components) {
        let w = &self.scoring.weights;
        let total_w = w.themes + w.languages;
        let theme_points = 100.0 * w.themes * c.themes / total_w;
        let lang_points = 100.0 * w.languages * c.languages / total_w;
        let _ = writeln!(
            out,
            "score = 100 × (themes weight × theme overlap + languages weight × language overlap) / (sum of weights)"
        );
        let _ = writeln!(
            out,
            "      = 100 × ({} × {:.3} + {} × {:.3}) / {}",
            trim_num(w.themes),
            c.themes,
            trim_num(w.languages),
            c.languages,
            trim_num(total_w)
        );
        let _ = writeln!(
            out,
            "      = {theme_points:.2} (themes) + {lang_points:.2} (languages) = {}",
            format_score(c.score)
        );
    }
}

/// Prints a weight without trailing zeros: 2 → "2", 0.8 → "0.8".
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
