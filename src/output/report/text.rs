//! Every word of the HTML report that is not in its template: the labels ([`Labels`]),
//! the sentences with numbers in them, the names of reference entries as the report shows
//! them, and the one way numbers are written ([`number`], [`score`], [`decimal`]).
//!
//! A translation replaces this module (and the template's few structural words) and
//! nothing else: the SVG code in `map` and `charts` takes all its text from here. The
//! plan's summary and the reasons groups are left out are not worded here but by
//! `output::plan_summary` and `output::alone`, which every other format shares.

use crate::i18n::Lang;
use crate::model::reference::{Country, Language, Theme};
use crate::output::names;
use crate::plan::matching::Method;

/// The fixed labels of the report, one field per place they appear.
#[derive(Debug)]
pub(crate) struct Labels {
    pub lang: &'static str,
    pub title: &'static str,
    pub made_by: &'static str,
    pub from_files: &'static str,
    pub figures: &'static str,
    pub groups: &'static str,
    pub seeking: &'static str,
    pub pairs: &'static str,
    pub twinned: &'static str,
    pub left_out: &'static str,
    pub total: &'static str,
    pub mean: &'static str,
    pub lowest: &'static str,
    pub none: &'static str,
    pub how: &'static str,
    pub method: &'static str,
    pub weights: &'static str,
    pub priority_themes: &'static str,
    pub rules: &'static str,
    pub on: &'static str,
    pub off: &'static str,
    pub history: &'static str,
    pub map: &'static str,
    pub charts: &'static str,
    pub pair_cards: &'static str,
    pub themes: &'static str,
    pub languages: &'static str,
    pub without_twin: &'static str,
    pub nobody_left_out: &'static str,
    pub no_pairs: &'static str,
    pub reason: &'static str,
    pub group: &'static str,
    pub country: &'static str,
    pub map_source: &'static str,
}

/// The report's labels in English.
pub(crate) const LABELS: Labels = Labels {
    lang: "en",
    title: "Twinning plan",
    made_by: "Made by twin",
    from_files: "from",
    figures: "The plan in figures",
    groups: "groups",
    seeking: "seeking a twin",
    pairs: "pairs",
    twinned: "twinned",
    left_out: "left out",
    total: "total score",
    mean: "mean score",
    lowest: "lowest score",
    none: "none",
    how: "How the plan was made",
    method: "Method",
    weights: "Weights",
    priority_themes: "Priority themes",
    rules: "Rules",
    on: "on",
    off: "off",
    history: "Earlier plans (pairs not proposed again)",
    map: "The pairs on the map",
    charts: "Charts",
    pair_cards: "The pairs",
    themes: "Shared themes",
    languages: "Shared languages",
    without_twin: "Groups without a twin",
    nobody_left_out: "Every group seeking a twin has one.",
    no_pairs: "The plan has no pair.",
    reason: "why",
    group: "group",
    country: "country",
    map_source: "Country shapes: Natural Earth (public domain), simplified.",
};

/// A whole number with thousands separators: `5,000`.
pub(crate) fn number(n: u64) -> String {
    crate::error::thousands(n)
}

/// A score (or a sum of scores) in hundredths, with two decimals and thousands
/// separators: `1,423.33`.
pub(crate) fn score(h: impl Into<u64>) -> String {
    let h = h.into();
    format!("{}.{:02}", number(h / 100), h % 100)
}

/// A weight or a ratio with at most `places` decimals, trailing zeros dropped: 2, 0.8, 0.875.
pub(crate) fn decimal(x: f64, places: usize) -> String {
    let s = format!("{x:.places$}");
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

/// The language of the report's page: English until the page is translated (its words
/// are all in this file).
const PAGE: Lang = Lang::En;

/// The name the report gives a country.
pub(crate) fn country_name(c: &Country) -> &str {
    names::country_in(PAGE, c)
}

/// The name the report gives a language.
pub(crate) fn language_name(l: &Language) -> &str {
    names::language_in(PAGE, l)
}

/// The name the report gives a theme.
pub(crate) fn theme_name(t: &Theme) -> &str {
    names::theme_in(PAGE, t)
}

/// The plan method, and what it means.
pub(crate) fn method(m: Method, max_cardinality: bool) -> (String, &'static str) {
    match (m, max_cardinality) {
        (Method::Optimal, false) => (
            "optimal".into(),
            "the eligible pairs with the largest total score, each group in at most as many pairs as its capacity (exact)",
        ),
        (Method::Optimal, true) => (
            "optimal, most pairs first".into(),
            "as many pairs as possible, then the largest total score among such plans (exact)",
        ),
        (Method::Coverage, _) => (
            "coverage".into(),
            "first as many groups twinned as possible, then the largest total score among such plans (exact)",
        ),
        (Method::Fair, _) => (
            "fair".into(),
            "first as many groups twinned as possible, then the lowest pair score as high as possible, then the largest total (exact)",
        ),
        (Method::Stable, _) => (
            "stable".into(),
            "the best remaining pair first: no two groups would both rather be twinned with each other",
        ),
    }
}

/// The weights as one line: `themes 0.8, languages 0.2; a priority theme counts 2 times`.
pub(crate) fn weights(themes: f64, languages: f64, priority: f64) -> String {
    format!(
        "themes {}, languages {}; a priority theme counts {} times as much as another",
        decimal(themes, 4),
        decimal(languages, 4),
        decimal(priority, 4)
    )
}

/// The four rules, in the order of the config's `[rules]`, as the report names them.
pub(crate) const RULES: [&str; 4] = [
    "the two groups are in different countries",
    "they share at least one language",
    "they are not already twins",
    "both have capacity 1 or more (are seeking a twin)",
];

/// The names of a score's parts on a card: themes, languages, and their sum.
pub(crate) const PARTS: [&str; 3] = ["themes", "languages", "score"];

/// How the theme part of a pair's score comes about.
pub(crate) fn theme_part(shared: f64, total_a: f64, total_b: f64, overlap: f64) -> String {
    format!(
        "{} of {} and {} of {} theme points shared, overlap {}",
        decimal(shared, 3),
        decimal(total_a, 3),
        decimal(shared, 3),
        decimal(total_b, 3),
        decimal(overlap, 3),
    )
}

/// How the language part of a pair's score comes about.
pub(crate) fn language_part(shared: usize, smaller: usize, overlap: f64) -> String {
    format!(
        "{shared} shared of {smaller} (the shorter list), overlap {}",
        decimal(overlap, 3)
    )
}

/// Points of a score's part, with two decimals.
pub(crate) fn points(x: f64) -> String {
    format!("{x:.2}")
}

/// Which themes count more: this mark follows them on the cards.
pub(crate) const PRIORITY_MARK: &str = "★";

/// The legend of the priority mark.
pub(crate) const PRIORITY_LEGEND: &str = "★ priority theme";

/// Said when the cards stop before the last pair.
pub(crate) fn cards_capped(shown: usize, total: usize) -> String {
    format!(
        "The first {} pairs of {} are shown; `twin assign … -o plan.xlsx` lists every pair.",
        number(shown as u64),
        number(total as u64)
    )
}

/// Said when the list of groups left out stops before the last.
pub(crate) fn left_out_capped(shown: usize, total: usize) -> String {
    format!(
        "The first {} groups of {} are listed; `twin assign … -o plan.xlsx` lists every one with its reason.",
        number(shown as u64),
        number(total as u64)
    )
}

/// A group's line on a card: its city and capacity.
pub(crate) fn where_and_capacity(city: Option<&str>, country: &str, capacity: u32) -> String {
    match city {
        Some(city) => format!("{city}, {country} · capacity {capacity}"),
        None => format!("{country} · capacity {capacity}"),
    }
}

/// Titles and text alternatives of the map and the charts.
pub(crate) mod chart {
    use crate::output::report::text::number;

    pub(crate) const MAP_TITLE: &str = "Map of the pairs between countries";
    pub(crate) const LEGEND_GROUPS: &str = "country with groups";
    pub(crate) const LEGEND_LINE: &str = "pairs between two countries (wider: more pairs)";
    pub(crate) const INSET: &str = "Europe";

    /// The map's text alternative: each link between two countries with its pairs.
    pub(crate) fn map_desc(links: &[(String, String, u64)], shown: usize) -> String {
        if links.is_empty() {
            return "No pair to draw.".into();
        }
        let parts: Vec<String> = links
            .iter()
            .take(shown)
            .map(|(a, b, n)| format!("{a}–{b}: {}", pairs(*n)))
            .collect();
        let more = links.len().saturating_sub(shown);
        let tail = if more > 0 {
            format!("; and {} more links", number(more as u64))
        } else {
            String::new()
        };
        format!("Pairs between countries: {}{tail}.", parts.join("; "))
    }

    /// Said under the map when some pairs have a country without a shape.
    pub(crate) fn not_drawn(pairs_missing: u64, countries: &[String]) -> String {
        format!(
            "{} not drawn: no shape for {}.",
            pairs(pairs_missing),
            countries.join(", ")
        )
    }

    /// Said under the map when it draws only the links with most pairs.
    pub(crate) fn links_left(drawn: usize, links: usize, pairs_left: u64) -> String {
        format!(
            "The {} links with most pairs are drawn; {} on {} other links are not.",
            number(drawn as u64),
            self::pairs(pairs_left),
            number(links as u64)
        )
    }

    /// `1 pair`, `3 pairs`.
    pub(crate) fn pairs(n: u64) -> String {
        if n == 1 {
            "1 pair".into()
        } else {
            format!("{} pairs", number(n))
        }
    }

    pub(crate) const SCORES_TITLE: &str = "Pair scores";
    pub(crate) const SCORES_AXIS: &str = "score";
    pub(crate) const PAIRS_AXIS: &str = "pairs";

    /// A score bin's label: `70–80`.
    pub(crate) fn bin(low: u64, high: u64) -> String {
        format!("{}–{}", number(low), number(high))
    }

    /// The histogram's text alternative.
    pub(crate) fn scores_desc(bins: &[(String, u64)]) -> String {
        let parts: Vec<String> = bins
            .iter()
            .filter(|(_, n)| *n > 0)
            .map(|(label, n)| format!("{label}: {}", pairs(*n)))
            .collect();
        if parts.is_empty() {
            "No pair.".into()
        } else {
            format!("Pairs by score: {}.", parts.join("; "))
        }
    }

    pub(crate) const THEMES_TITLE: &str = "Themes shared by the pairs";

    /// The themes chart's text alternative.
    pub(crate) fn themes_desc(rows: &[(String, Vec<u64>)]) -> String {
        let parts: Vec<String> = rows
            .iter()
            .map(|(label, v)| format!("{label}: {}", pairs(v[0])))
            .collect();
        if parts.is_empty() {
            "No pair shares a theme.".into()
        } else {
            format!("Pairs sharing each theme: {}.", parts.join("; "))
        }
    }

    pub(crate) const COUNTRIES_TITLE: &str = "Groups and pairs per country";
    pub(crate) const SERIES_GROUPS: &str = "groups";
    pub(crate) const SERIES_PAIRS: &str = "pairs (a pair counts for both its countries)";

    /// The country chart's text alternative.
    pub(crate) fn countries_desc(rows: &[(String, Vec<u64>)]) -> String {
        let parts: Vec<String> = rows
            .iter()
            .map(|(label, v)| format!("{label}: {} groups, {}", number(v[0]), pairs(v[1])))
            .collect();
        format!("Per country: {}.", parts.join("; "))
    }

    /// The last row of a chart that shows only its largest rows.
    pub(crate) fn others(n: usize) -> String {
        format!("{} other countries", number(n as u64))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_have_thousands_separators() {
        assert_eq!(number(0), "0");
        assert_eq!(number(999), "999");
        assert_eq!(number(1000), "1,000");
        assert_eq!(number(1_234_567), "1,234,567");
        assert_eq!(score(142_333u64), "1,423.33");
        assert_eq!(score(5u64), "0.05");
    }

    #[test]
    fn decimals_lose_trailing_zeros() {
        assert_eq!(decimal(2.0, 4), "2");
        assert_eq!(decimal(0.8, 4), "0.8");
        assert_eq!(decimal(0.875, 3), "0.875");
        assert_eq!(decimal(10.0, 0), "10");
    }
}
