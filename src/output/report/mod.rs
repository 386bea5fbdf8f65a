//! `twin report`'s HTML: one self-contained page (no script, no network, no external
//! font or image; a strict Content-Security-Policy says so to the browser), printable on
//! A4, that shows a plan to people who will not run twin.
//!
//! [`render`] turns a plan into the page: its figures and summary (worded by
//! `plan_summary`, as on stderr), the method, weights and rules, a world map of the pairs
//! ([`map`]), charts ([`charts`]), one card per pair with its score's breakdown (from the
//! same [`components`] `twin explain` uses), and every group left out with its reason (the
//! wording of `plan_summary::reason`). The page is an askama template
//! (`templates/report.html`), which escapes every value it prints; the SVG is made here
//! and escapes its own text. Every word comes from [`text`], in the report's language
//! ([`Input::lang`]): Fluent messages, names of reference entries in that language, and
//! numbers as it writes them; the template holds none. The output depends only on the
//! plan, the dataset and the language, never on time or row order, and its size is
//! bounded: at most [`MAX_CARDS`] cards and [`MAX_LEFT_OUT`] groups left out are listed,
//! the charts aggregate.

mod charts;
mod map;
pub(crate) mod text;

use std::collections::BTreeMap;

use askama::Template;

use crate::candidates::order::Pair;
use crate::i18n::Lang;
use crate::model::dataset::Dataset;
use crate::model::profile::themes_of;
use crate::model::reference::{Country, Reference};
use crate::plan::Summary;
use crate::score::{Scoring, components, shared, weighted_size};
use text::{Labels, Locale};

/// The most pairs shown as cards; the others are counted in a sentence.
pub(crate) const MAX_CARDS: usize = 300;
/// The most groups left out that are listed; the others are counted in a sentence.
pub(crate) const MAX_LEFT_OUT: usize = 500;
/// The most rows of the theme and country charts (the countries past it are one row).
const CHART_ROWS: usize = 20;
/// The most links between countries the map's text alternative names.
const MAP_LINKS_NAMED: usize = 60;

/// What a report shows: a plan over a dataset, and how it was made.
#[derive(Debug)]
pub(crate) struct Input<'a> {
    pub ds: &'a Dataset,
    pub reference: &'a Reference,
    pub scoring: &'a Scoring,
    pub summary: &'a Summary,
    /// The plan's pairs, best first.
    pub pairs: &'a [Pair],
    /// The profile files and `--history` files, as named on the command line.
    pub files: &'a [String],
    pub history: &'a [String],
    pub max_cardinality: bool,
    /// The page's language. The plan's summary and the reasons groups are left out are
    /// worded by `plan_summary` in the run's language (`i18n::current`), which is the one
    /// `cmd::report` passes here.
    pub lang: Lang,
}

#[derive(Template)]
#[template(path = "report.html")]
struct Page<'a> {
    t: Labels,
    version: &'a str,
    made_by: String,
    figures: Vec<(String, String)>,
    summary: Vec<String>,
    method: String,
    method_about: String,
    weights: String,
    priorities: String,
    rules: Vec<(String, bool)>,
    history: String,
    map: String,
    map_note: Option<String>,
    charts: Vec<(String, String)>,
    cards: Vec<Card>,
    cards_note: Option<String>,
    left_out: Vec<Left>,
    left_note: Option<String>,
    /// What the priority mark means, when there are priority themes.
    priority_legend: Option<String>,
    /// The map's legend: (CSS class of its swatch, words).
    legend: [(&'a str, String); 2],
}

/// One pair's card.
struct Card {
    rank: String,
    score: String,
    a: Side,
    b: Side,
    themes: Vec<String>,
    languages: Vec<String>,
    /// Each part of the score: its name, how it comes about, its points.
    parts: [(String, String, String); 3],
    bar: String,
}

/// One group on a card.
struct Side {
    id: String,
    name: String,
    place: String,
}

/// One group left out.
struct Left {
    id: String,
    name: String,
    country: String,
    reason: String,
}

/// The page's HTML. Pure.
pub(crate) fn render(input: &Input) -> String {
    let l = Locale::new(input.lang);
    let t = Labels::new(l);
    let countries: BTreeMap<&str, &Country> = input
        .reference
        .countries
        .iter()
        .map(|c| (c.alpha2.as_str(), c))
        .collect();
    let s = input.summary;
    let figures = text::Figures {
        groups: input.ds.groups.len() as u64,
        seeking: s.groups_seeking as u64,
        twinned: s.groups_twinned as u64,
        left_out: s.groups_without_twin as u64,
        pairs: s.pairs as u64,
        total: s.total_score,
        mean: s.mean_score,
        lowest: s.lowest_score.map(u64::from),
    }
    .tiles(l);
    // The summary's figures, worded as on stderr (its groups left out are listed below),
    // its scores written as the rest of the page writes numbers.
    let head = Summary {
        left_out: Vec::new(),
        mean_score: None,
        lowest_score: None,
        ..s.clone()
    };
    let mut summary: Vec<String> = crate::output::plan_summary::summary_text(&head)
        .lines()
        .map(|line| l.typeset(line))
        .collect();
    if let (Some(mean), Some(low)) = (s.mean_score, s.lowest_score) {
        summary.push(text::summary_scores(l, s.total_score, mean, u64::from(low)));
    }
    let (method, method_about) = text::method(l, s.method, input.max_cardinality);
    let w = &input.scoring.weights;
    let priorities: Vec<String> = themes_of(input.scoring.priorities)
        .map(|i| l.theme(&input.reference.themes[i]).to_string())
        .collect();
    let r = &input.scoring.rules;
    let rules = text::rules(l)
        .into_iter()
        .zip([
            r.different_country,
            r.common_language,
            r.exclude_existing_twins,
            r.require_capacity,
        ])
        .collect();
    let (map, map_note) = draw_map(l, input, &countries);
    let shown = input.pairs.len().min(MAX_CARDS);
    let listed = s.left_out.len().min(MAX_LEFT_OUT);
    let [legend_groups, legend_line] = text::chart::legend(l);
    let parts = text::parts(l);
    let page = Page {
        version: env!("CARGO_PKG_VERSION"),
        made_by: text::made_by(l, env!("CARGO_PKG_VERSION"), &input.files.join(", ")),
        figures,
        summary,
        method,
        method_about,
        weights: text::weights(l, w.themes, w.languages, w.priority),
        priorities: if priorities.is_empty() {
            t.none.clone()
        } else {
            priorities.join(", ")
        },
        rules,
        history: input.history.join(", "),
        map,
        map_note,
        // Charts of pairs only when there are pairs.
        charts: [
            (!input.pairs.is_empty())
                .then(|| (text::chart::scores_title(l), score_chart(l, input.pairs))),
            theme_chart(l, input).map(|c| (text::chart::themes_title(l), c)),
            Some((text::chart::countries_title(l), country_chart(l, input))),
        ]
        .into_iter()
        .flatten()
        .collect(),
        cards: input.pairs[..shown]
            .iter()
            .enumerate()
            .map(|(i, p)| card(l, &parts, input, &countries, i + 1, p))
            .collect(),
        cards_note: (shown < input.pairs.len())
            .then(|| text::cards_capped(l, shown, input.pairs.len())),
        left_out: s.left_out[..listed]
            .iter()
            .map(|g| Left {
                id: g.id.clone(),
                name: g.name.clone(),
                country: country_label(l, &countries, &g.country),
                reason: l.typeset(&crate::output::plan_summary::reason(&g.reason)),
            })
            .collect(),
        left_note: (listed < s.left_out.len())
            .then(|| text::left_out_capped(l, listed, s.left_out.len())),
        priority_legend: (input.scoring.priorities != 0).then(|| text::priority_legend(l)),
        legend: [
            ("swatch-groups", legend_groups),
            ("swatch-pairs", legend_line),
        ],
        t,
    };
    // A template over plain fields cannot fail to render; were it to, the page says so.
    page.render()
        .unwrap_or_else(|e| format!("<!DOCTYPE html><p>{}</p>", charts::escape(&e.to_string())))
}

/// `France (FR)`, or the code alone if the country table does not know it.
fn country_label(l: Locale, countries: &BTreeMap<&str, &Country>, code: &str) -> String {
    match countries.get(code) {
        Some(c) => format!("{} ({code})", l.country(c)),
        None => code.to_string(),
    }
}

/// The map, and a note on pairs it could not draw.
fn draw_map(
    l: Locale,
    input: &Input,
    countries: &BTreeMap<&str, &Country>,
) -> (String, Option<String>) {
    let code = |g: usize| {
        input.reference.countries[input.ds.groups[g].country]
            .alpha2
            .clone()
    };
    let with_groups: std::collections::BTreeSet<String> =
        (0..input.ds.groups.len()).map(code).collect();
    let mut links: BTreeMap<(String, String), u64> = BTreeMap::new();
    for p in input.pairs {
        let (a, b) = (code(p.a), code(p.b));
        let key = if a <= b { (a, b) } else { (b, a) };
        *links.entry(key).or_default() += 1;
    }
    let links: Vec<(String, String, u64)> =
        links.into_iter().map(|((a, b), n)| (a, b, n)).collect();
    let name = |c: &str| {
        countries
            .get(c)
            .map_or(c.to_string(), |c| l.country(c).to_string())
    };
    let mut named: Vec<(String, String, u64)> = links
        .iter()
        .map(|(a, b, n)| {
            let (a, b) = (name(a), name(b));
            // Each link's two countries in the reader's order.
            match Locale::collate(&a, &b) {
                std::cmp::Ordering::Greater => (b, a, *n),
                _ => (a, b, *n),
            }
        })
        .collect();
    named.sort_by(|x, y| {
        y.2.cmp(&x.2)
            .then_with(|| Locale::collate(&x.0, &y.0))
            .then_with(|| Locale::collate(&x.1, &y.1))
    });
    let desc = text::chart::map_desc(l, &named, MAP_LINKS_NAMED);
    let (title, inset) = (text::chart::map_title(l), text::chart::inset(l));
    let words = map::MapText {
        title: &title,
        desc: &desc,
        inset: &inset,
    };
    let data = map::MapData {
        countries: with_groups.into_iter().collect(),
        links,
    };
    let drawn = map::draw(&data, &words);
    let mut notes = Vec::new();
    if drawn.pairs_missing > 0 {
        notes.push(text::chart::not_drawn(
            l,
            drawn.pairs_missing,
            &drawn.countries_missing,
        ));
    }
    if drawn.links_left.0 > 0 {
        notes.push(text::chart::links_left(
            l,
            map::MAX_LINKS,
            drawn.links_left.0,
            drawn.links_left.1,
        ));
    }
    (drawn.svg, (!notes.is_empty()).then(|| notes.join(" ")))
}

/// The histogram of the pairs' scores, in bins of 10 points (100 in the last).
fn score_chart(l: Locale, pairs: &[Pair]) -> String {
    let mut counts = [0u64; 10];
    for p in pairs {
        counts[(p.score as usize / 1000).min(9)] += 1;
    }
    let bins: Vec<(String, u64)> = counts
        .iter()
        .enumerate()
        .map(|(i, &n)| (text::chart::bin(l, 10 * i as u64, 10 * i as u64 + 10), n))
        .collect();
    let desc = text::chart::scores_desc(l, &bins);
    let title = text::chart::scores_title(l);
    let words = charts::Words {
        id: "scores",
        title: &title,
        desc: &desc,
        locale: l,
    };
    charts::histogram(&words, &bins, &text::chart::scores_axis(l))
}

/// How many pairs share each theme, most shared first; none when no pair shares one.
fn theme_chart(l: Locale, input: &Input) -> Option<String> {
    let mut counts = vec![0u64; input.reference.themes.len()];
    for p in input.pairs {
        let (a, b) = (&input.ds.groups[p.a], &input.ds.groups[p.b]);
        for t in themes_of(a.themes & b.themes) {
            counts[t] += 1;
        }
    }
    let mut rows: Vec<(String, Vec<u64>)> = counts
        .iter()
        .enumerate()
        .filter(|(_, n)| **n > 0)
        .map(|(t, &n)| (l.theme(&input.reference.themes[t]).to_string(), vec![n]))
        .collect();
    rows.sort_by(|x, y| y.1.cmp(&x.1).then_with(|| Locale::collate(&x.0, &y.0)));
    rows.truncate(CHART_ROWS);
    if rows.is_empty() {
        return None;
    }
    let desc = text::chart::themes_desc(l, &rows);
    let title = text::chart::themes_title(l);
    let words = charts::Words {
        id: "themes",
        title: &title,
        desc: &desc,
        locale: l,
    };
    Some(charts::bars(
        &words,
        &[text::chart::themes_series(l)],
        &rows,
    ))
}

/// Groups and pairs per country, the countries with most groups first; past
/// [`CHART_ROWS`] the others are one row.
fn country_chart(l: Locale, input: &Input) -> String {
    let n = input.reference.countries.len();
    let (mut groups, mut pairs) = (vec![0u64; n], vec![0u64; n]);
    for g in &input.ds.groups {
        groups[g.country] += 1;
    }
    for p in input.pairs {
        let (a, b) = (input.ds.groups[p.a].country, input.ds.groups[p.b].country);
        pairs[a] += 1;
        if b != a {
            pairs[b] += 1;
        }
    }
    let mut rows: Vec<(String, Vec<u64>)> = (0..n)
        .filter(|&c| groups[c] > 0)
        .map(|c| {
            (
                l.country(&input.reference.countries[c]).to_string(),
                vec![groups[c], pairs[c]],
            )
        })
        .collect();
    rows.sort_by(|x, y| y.1.cmp(&x.1).then_with(|| Locale::collate(&x.0, &y.0)));
    if rows.len() > CHART_ROWS {
        let rest = rows.split_off(CHART_ROWS - 1);
        let sum = |i: usize| rest.iter().map(|r| r.1[i]).sum();
        rows.push((text::chart::others(l, rest.len()), vec![sum(0), sum(1)]));
    }
    let desc = text::chart::countries_desc(l, &rows);
    let title = text::chart::countries_title(l);
    let words = charts::Words {
        id: "countries",
        title: &title,
        desc: &desc,
        locale: l,
    };
    charts::bars(&words, &text::chart::countries_series(l), &rows)
}

/// The card of pair `p`, numbered `rank`.
fn card(
    l: Locale,
    parts: &[String; 3],
    input: &Input,
    countries: &BTreeMap<&str, &Country>,
    rank: usize,
    p: &Pair,
) -> Card {
    let (r, scoring) = (input.reference, input.scoring);
    let (a, b) = (&input.ds.groups[p.a], &input.ds.groups[p.b]);
    let side = |g: &crate::model::profile::Group| Side {
        id: g.id.clone(),
        name: g.name.clone(),
        place: text::where_and_capacity(
            l,
            g.city.as_deref(),
            &country_label(l, countries, &r.countries[g.country].alpha2),
            g.capacity,
        ),
    };
    let common = a.themes & b.themes;
    let themes = themes_of(common)
        .map(|t| {
            let name = l.theme(&r.themes[t]);
            if scoring.priorities >> t & 1 == 1 {
                format!("{name} {}", text::PRIORITY_MARK)
            } else {
                name.to_string()
            }
        })
        .collect();
    let langs = shared(&a.languages, &b.languages);
    let languages = langs
        .iter()
        .map(|&i| l.language(&r.languages[i]).to_string())
        .collect();
    let c = components(a, b, scoring);
    let w = &scoring.weights;
    let total_w = w.themes + w.languages;
    let theme_points = 100.0 * w.themes * c.themes / total_w;
    let language_points = 100.0 * w.languages * c.languages / total_w;
    Card {
        rank: text::rank(l, rank),
        score: l.score(p.score),
        a: side(a),
        b: side(b),
        themes,
        languages,
        parts: [
            (
                parts[0].clone(),
                text::theme_part(
                    l,
                    weighted_size(common, scoring),
                    weighted_size(a.themes, scoring),
                    weighted_size(b.themes, scoring),
                    c.themes,
                ),
                l.points(theme_points),
            ),
            (
                parts[1].clone(),
                text::language_part(
                    l,
                    langs.len(),
                    a.languages.len().min(b.languages.len()),
                    c.languages,
                ),
                l.points(language_points),
            ),
            (parts[2].clone(), String::new(), l.score(c.score)),
        ],
        bar: charts::score_bar(theme_points, language_points),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::matching::{Method, PlanOptions};
    use crate::settings::Config;
    use crate::testkit::{Rng, dataset};

    /// A random dataset of `n` groups in 4 countries, 3 languages, 6 themes.
    fn random(rng: &mut Rng, n: usize) -> Dataset {
        let ids: Vec<String> = (0..n).map(|i| format!("G{i:02}")).collect();
        let langs: Vec<Vec<usize>> = (0..n)
            .map(|_| {
                let mut l: Vec<usize> = (0..3).filter(|_| rng.below(2) == 0).collect();
                if l.is_empty() {
                    l.push(rng.below(3));
                }
                l
            })
            .collect();
        let specs: Vec<(&str, usize, &[usize], u128, u32)> = (0..n)
            .map(|i| {
                (
                    ids[i].as_str(),
                    rng.below(4),
                    &langs[i][..],
                    1 + rng.below(63) as u128,
                    rng.below(3) as u32,
                )
            })
            .collect();
        dataset(&specs)
    }

    #[test]
    fn each_card_adds_its_parts_up_to_the_pairs_score() {
        let config = Config::default_config();
        let mut rng = Rng::new(31);
        let mut cards = 0;
        for _ in 0..60 {
            let n = 2 + rng.below(12);
            let ds = random(&mut rng, n);
            let opts = PlanOptions {
                method: Method::Optimal,
                max_cardinality: false,
            };
            let pairs = crate::plan::choose(&ds, &config.scoring, &opts).unwrap();
            let summary = crate::plan::summarise(
                &ds,
                &config.reference,
                &config.scoring,
                Method::Optimal,
                &pairs,
            );
            let input = Input {
                ds: &ds,
                reference: &config.reference,
                scoring: &config.scoring,
                summary: &summary,
                pairs: &pairs,
                files: &[],
                history: &[],
                max_cardinality: false,
                lang: Lang::En,
            };
            let countries = BTreeMap::new();
            let l = Locale::new(Lang::En);
            let names = text::parts(l);
            for (i, p) in pairs.iter().enumerate() {
                let c = card(l, &names, &input, &countries, i + 1, p);
                let parse = |s: &str| s.replace(',', "").parse::<f64>().unwrap();
                let (themes, languages) = (parse(&c.parts[0].2), parse(&c.parts[1].2));
                let score = f64::from(p.score) / 100.0;
                assert_eq!(c.score, l.score(p.score));
                assert_eq!(parse(&c.parts[2].2), score);
                // Each part is rounded to hundredths: the sum is within one of them.
                assert!(
                    (themes + languages - score).abs() <= 0.011,
                    "{themes} + {languages} vs {score}"
                );
                cards += 1;
            }
            // Every pair gets a card and every group left out a row; the page renders.
            let html = render(&input);
            assert_eq!(
                html.matches("<article class=\"card\">").count(),
                pairs.len()
            );
            assert_eq!(
                html.matches("<tr><td><b>").count(),
                summary.left_out.len().min(MAX_LEFT_OUT)
            );
        }
        assert!(cards > 60, "{cards}");
    }
}
