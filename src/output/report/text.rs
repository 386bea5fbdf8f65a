//! Every word of the HTML report, in the report's language ([`Locale`]): the labels
//! ([`Labels`]), the sentences with numbers in them, the names of reference entries, and
//! the one way numbers are written on the page ([`Locale::number`], [`Locale::score`],
//! [`Locale::decimal`], all through one writer).
//!
//! The words are Fluent messages (`locales/<code>/report.ftl`, ids `report-…`; counts and
//! summary lines reuse `twin.ftl`'s). The SVG code in `map` and `charts` takes all its text
//! from here and the template none of its own. The plan's summary and the reasons groups
//! are left out are not worded here but by `output::plan_summary` and `output::alone`,
//! which every other format shares; they speak the run's language, which `cmd::report`
//! gives the report.

use fluent_bundle::FluentValue;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use crate::i18n::Lang;
use crate::model::reference::{Country, Language, Theme};
use crate::output::names;
use crate::plan::matching::Method;

/// The report's language: its words, with French no-break spaces ([`Locale::typeset`]),
/// its names and its numbers.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Locale {
    lang: Lang,
}

impl Locale {
    pub(crate) fn new(lang: Lang) -> Self {
        Locale { lang }
    }

    /// The language's code, for `<html lang>`.
    pub(crate) fn code(self) -> &'static str {
        self.lang.code()
    }

    /// The message `id` in the report's language, typeset for a page.
    pub(crate) fn tr(self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        self.typeset(&self.lang.tr(id, args))
    }

    /// Text for the page: in French the space before `:` `;` `?` `!` `»` and after `«`
    /// becomes a no-break space (a normal one before `:`, a narrow one elsewhere, as French
    /// printers do), so a browser never starts a line with the sign. The messages keep
    /// normal spaces (they are also read in terminals).
    pub(crate) fn typeset(self, text: &str) -> String {
        if self.lang != Lang::Fr {
            return text.to_string();
        }
        let mut out = String::with_capacity(text.len() + 8);
        for c in text.chars() {
            match c {
                ':' | ';' | '?' | '!' | '»' if out.ends_with(' ') => {
                    out.pop();
                    out.push(if c == ':' { '\u{a0}' } else { '\u{202f}' });
                }
                ' ' if out.ends_with('«') => {
                    out.push('\u{202f}');
                    continue;
                }
                _ => {}
            }
            out.push(c);
        }
        out
    }

    /// A whole number as the language writes it: `12,345` in English, `12 345` in French
    /// and Spanish (a narrow no-break space), `1234` whole in Spanish (RAE).
    pub(crate) fn number(self, n: u64) -> String {
        self.write(&n.to_string())
    }

    /// A score (or a sum of scores) in hundredths with two decimals: `1,423.33`,
    /// `1 423,33`, `1423,33`.
    pub(crate) fn score(self, h: impl Into<u64>) -> String {
        self.write(&crate::score::format_score(h))
    }

    /// A weight or a ratio with at most `places` decimals, trailing zeros dropped: 2, 0.8,
    /// 0.875 (`0,8` in French and Spanish).
    pub(crate) fn decimal(self, x: f64, places: usize) -> String {
        let s = format!("{x:.places$}");
        let s = if s.contains('.') {
            s.trim_end_matches('0').trim_end_matches('.')
        } else {
            &s
        };
        self.write(s)
    }

    /// Points of a score's part, with two decimals.
    pub(crate) fn points(self, x: f64) -> String {
        self.write(&format!("{x:.2}"))
    }

    /// The one writer of numbers on the page: the language's ([`Lang::write_number`]).
    fn write(self, ascii: &str) -> String {
        self.lang.write_number(ascii)
    }

    /// The name the report gives a country.
    pub(crate) fn country(self, c: &Country) -> &str {
        names::country_in(self.lang, c)
    }

    /// The name the report gives a language.
    pub(crate) fn language(self, l: &Language) -> &str {
        names::language_in(self.lang, l)
    }

    /// The name the report gives a theme.
    pub(crate) fn theme(self, t: &Theme) -> &str {
        names::theme_in(self.lang, t)
    }

    /// The order names are listed in where counts tie, as a reader looks them up: letters
    /// before their accents (`États-Unis` with the `E`s, not after `Z`), case ignored, then
    /// the name itself so the order is total.
    pub(crate) fn collate(a: &str, b: &str) -> std::cmp::Ordering {
        let key = |s: &str| -> String {
            s.nfd()
                .filter(|c| !is_combining_mark(*c))
                .flat_map(char::to_lowercase)
                .collect()
        };
        key(a).cmp(&key(b)).then_with(|| a.cmp(b))
    }

    /// `1 pair`, `3 pairs`.
    pub(crate) fn pairs(self, n: u64) -> String {
        self.tr("count-pairs", &[("count", n.into())])
    }

    /// `1 group`, `3 groups`.
    pub(crate) fn groups(self, n: u64) -> String {
        self.tr("count-groups", &[("count", n.into())])
    }

    /// The separator between a label and its value (`: `; ` : ` in French).
    pub(crate) fn label_sep(self) -> String {
        self.tr("sep-label", &[])
    }

    /// The separator between clauses of a sentence (`; `).
    pub(crate) fn clause_sep(self) -> String {
        self.tr("sep-clause", &[])
    }
}

/// The fixed labels of the report, one field per place they appear.
#[derive(Debug)]
pub(crate) struct Labels {
    pub lang: &'static str,
    pub title: String,
    pub figures: String,
    pub how: String,
    pub method: String,
    pub weights: String,
    pub priority_themes: String,
    pub rules: String,
    pub on: String,
    pub off: String,
    pub history: String,
    pub map: String,
    pub charts: String,
    pub pair_cards: String,
    pub themes: String,
    pub languages: String,
    pub none: String,
    pub without_twin: String,
    pub nobody_left_out: String,
    pub no_pairs: String,
    pub reason: String,
    pub group: String,
    pub country: String,
    pub map_source: String,
    /// Between a label and its value.
    pub sep: String,
}

impl Labels {
    /// The report's labels in its language.
    pub(crate) fn new(l: Locale) -> Self {
        Labels {
            lang: l.code(),
            title: l.tr("report-title", &[]),
            figures: l.tr("report-figures", &[]),
            how: l.tr("report-how", &[]),
            method: l.tr("report-method", &[]),
            weights: l.tr("report-weights", &[]),
            priority_themes: l.tr("report-priority-themes", &[]),
            rules: l.tr("report-rules", &[]),
            on: l.tr("report-on", &[]),
            off: l.tr("report-off", &[]),
            history: l.tr("report-history", &[]),
            map: l.tr("report-map", &[]),
            charts: l.tr("report-charts", &[]),
            pair_cards: l.tr("report-pair-cards", &[]),
            themes: l.tr("report-shared-themes", &[]),
            languages: l.tr("report-shared-languages", &[]),
            none: l.tr("report-none", &[]),
            without_twin: l.tr("report-without-twin", &[]),
            nobody_left_out: l.tr("report-nobody-left-out", &[]),
            no_pairs: l.tr("report-no-pairs", &[]),
            reason: l.tr("report-reason", &[]),
            group: l.tr("report-group", &[]),
            country: l.tr("report-country", &[]),
            map_source: l.tr("report-map-source", &[]),
            sep: l.label_sep(),
        }
    }
}

/// The line under the title: twin's version and the files read.
pub(crate) fn made_by(l: Locale, version: &str, files: &str) -> String {
    l.tr(
        "report-made-by",
        &[("version", version.into()), ("files", files.into())],
    )
}

/// The figures of the plan: each value with the words under it (which agree with it).
pub(crate) struct Figures {
    pub groups: u64,
    pub seeking: u64,
    pub twinned: u64,
    pub left_out: u64,
    pub pairs: u64,
    pub total: u64,
    pub mean: Option<u64>,
    pub lowest: Option<u64>,
}

impl Figures {
    /// (value, words) for each tile, in the page's order.
    pub(crate) fn tiles(&self, l: Locale) -> Vec<(String, String)> {
        let count = |n: u64, words: String| (l.number(n), words);
        let score = |s: Option<u64>, words: String| {
            (
                s.map_or_else(|| l.tr("report-no-score", &[]), |s| l.score(s)),
                words,
            )
        };
        let n = |n: u64| FluentValue::from(n);
        vec![
            count(
                self.groups,
                l.tr("report-figure-groups", &[("count", n(self.groups))]),
            ),
            count(
                self.seeking,
                l.tr("report-figure-seeking", &[("count", n(self.seeking))]),
            ),
            count(
                self.twinned,
                l.tr("report-figure-twinned", &[("count", n(self.twinned))]),
            ),
            count(
                self.left_out,
                l.tr("report-figure-left-out", &[("count", n(self.left_out))]),
            ),
            count(
                self.pairs,
                l.tr("report-figure-pairs", &[("count", n(self.pairs))]),
            ),
            (l.score(self.total), l.tr("report-figure-total", &[])),
            score(self.mean, l.tr("report-figure-mean", &[])),
            score(self.lowest, l.tr("report-figure-lowest", &[])),
        ]
    }
}

/// The summary's line of scores (`summary-scores`, as `assign` words it on stderr), with
/// the page's numbers.
pub(crate) fn summary_scores(l: Locale, total: u64, mean: u64, lowest: u64) -> String {
    l.tr(
        "summary-scores",
        &[
            ("total", l.score(total).into()),
            ("mean", l.score(mean).into()),
            ("lowest", l.score(lowest).into()),
        ],
    )
}

/// The plan method, and what it means.
pub(crate) fn method(l: Locale, m: Method, max_cardinality: bool) -> (String, String) {
    match (m, max_cardinality) {
        (Method::Optimal, false) => (
            l.tr("report-method-optimal", &[]),
            l.tr("report-method-optimal-about", &[]),
        ),
        (Method::Optimal, true) => (
            l.tr("report-method-most-pairs", &[]),
            l.tr("report-method-most-pairs-about", &[]),
        ),
        (Method::Coverage, _) => (
            l.tr("report-method-coverage", &[]),
            l.tr("report-method-coverage-about", &[]),
        ),
        (Method::Fair, _) => (
            l.tr("report-method-fair", &[]),
            l.tr("report-method-fair-about", &[]),
        ),
        (Method::Stable, _) => (
            l.tr("report-method-stable", &[]),
            l.tr("report-method-stable-about", &[]),
        ),
    }
}

/// The weights as one line: `themes 0.8, languages 0.2; a priority theme counts 2 times`.
pub(crate) fn weights(l: Locale, themes: f64, languages: f64, priority: f64) -> String {
    l.tr(
        "report-weights-line",
        &[
            ("themes", l.decimal(themes, 4).into()),
            ("languages", l.decimal(languages, 4).into()),
            ("priority", l.decimal(priority, 4).into()),
        ],
    )
}

/// The four rules, in the order of the config's `[rules]`, as the report names them.
pub(crate) fn rules(l: Locale) -> [String; 4] {
    [
        l.tr("report-rule-different-country", &[]),
        l.tr("report-rule-common-language", &[]),
        l.tr("report-rule-not-twins", &[]),
        l.tr("report-rule-capacity", &[]),
    ]
}

/// The names of a score's parts on a card: themes, languages, and their sum.
pub(crate) fn parts(l: Locale) -> [String; 3] {
    [
        l.tr("report-part-themes", &[]),
        l.tr("report-part-languages", &[]),
        l.tr("report-part-score", &[]),
    ]
}

/// How the theme part of a pair's score comes about.
pub(crate) fn theme_part(
    l: Locale,
    shared: f64,
    total_a: f64,
    total_b: f64,
    overlap: f64,
) -> String {
    l.tr(
        "report-theme-part",
        &[
            ("shared", l.decimal(shared, 3).into()),
            ("total_a", l.decimal(total_a, 3).into()),
            ("total_b", l.decimal(total_b, 3).into()),
            ("overlap", l.decimal(overlap, 3).into()),
        ],
    )
}

/// How the language part of a pair's score comes about.
pub(crate) fn language_part(l: Locale, shared: usize, smaller: usize, overlap: f64) -> String {
    l.tr(
        "report-language-part",
        &[
            ("shared", (shared as u64).into()),
            ("smaller", (smaller as u64).into()),
            ("overlap", l.decimal(overlap, 3).into()),
        ],
    )
}

/// A pair's rank on its card: `#1`.
pub(crate) fn rank(l: Locale, rank: usize) -> String {
    l.tr("report-rank", &[("rank", (rank as u64).into())])
}

/// Which themes count more: this mark follows them on the cards.
pub(crate) const PRIORITY_MARK: &str = "★";

/// The legend of the priority mark.
pub(crate) fn priority_legend(l: Locale) -> String {
    l.tr("report-priority-legend", &[])
}

/// Said when the cards stop before the last pair.
pub(crate) fn cards_capped(l: Locale, shown: usize, total: usize) -> String {
    l.tr(
        "report-cards-capped",
        &[
            ("shown", (shown as u64).into()),
            ("total", (total as u64).into()),
        ],
    )
}

/// Said when the list of groups left out stops before the last.
pub(crate) fn left_out_capped(l: Locale, shown: usize, total: usize) -> String {
    l.tr(
        "report-left-out-capped",
        &[
            ("shown", (shown as u64).into()),
            ("total", (total as u64).into()),
        ],
    )
}

/// A group's line on a card: its city and capacity.
pub(crate) fn where_and_capacity(
    l: Locale,
    city: Option<&str>,
    country: &str,
    capacity: u32,
) -> String {
    match city {
        Some(city) => l.tr(
            "report-place",
            &[
                ("city", city.into()),
                ("country", country.into()),
                ("capacity", capacity.into()),
            ],
        ),
        None => l.tr(
            "report-place-no-city",
            &[("country", country.into()), ("capacity", capacity.into())],
        ),
    }
}

/// Titles and text alternatives of the map and the charts.
pub(crate) mod chart {
    use crate::output::report::text::Locale;

    pub(crate) fn map_title(l: Locale) -> String {
        l.tr("report-map-title", &[])
    }

    /// The map's legend: countries with groups, and the lines.
    pub(crate) fn legend(l: Locale) -> [String; 2] {
        [
            l.tr("report-legend-groups", &[]),
            l.tr("report-legend-line", &[]),
        ]
    }

    /// The name of the map's enlarged part.
    pub(crate) fn inset(l: Locale) -> String {
        l.tr("report-inset", &[])
    }

    /// `label: 3 pairs`.
    fn item(l: Locale, label: &str, pairs: u64) -> String {
        l.tr(
            "report-chart-item",
            &[("label", label.into()), ("pairs", l.pairs(pairs).into())],
        )
    }

    /// The map's text alternative: each link between two countries with its pairs.
    pub(crate) fn map_desc(l: Locale, links: &[(String, String, u64)], shown: usize) -> String {
        if links.is_empty() {
            return l.tr("report-map-empty", &[]);
        }
        let mut parts: Vec<String> = links
            .iter()
            .take(shown)
            .map(|(a, b, n)| {
                l.tr(
                    "report-map-link",
                    &[
                        ("a", a.as_str().into()),
                        ("b", b.as_str().into()),
                        ("pairs", l.pairs(*n).into()),
                    ],
                )
            })
            .collect();
        let more = links.len().saturating_sub(shown);
        if more > 0 {
            parts.push(l.tr("report-map-more-links", &[("count", (more as u64).into())]));
        }
        l.tr(
            "report-map-desc",
            &[("list", parts.join(&l.clause_sep()).into())],
        )
    }

    /// Said under the map when some pairs have a country without a shape.
    pub(crate) fn not_drawn(l: Locale, pairs_missing: u64, countries: &[String]) -> String {
        l.tr(
            "report-not-drawn",
            &[
                ("count", pairs_missing.into()),
                ("countries", countries.join(", ").into()),
            ],
        )
    }

    /// Said under the map when it draws only the links with most pairs.
    pub(crate) fn links_left(l: Locale, drawn: usize, links: usize, pairs_left: u64) -> String {
        l.tr(
            "report-links-left",
            &[
                ("drawn", (drawn as u64).into()),
                ("links", (links as u64).into()),
                ("pairs", l.pairs(pairs_left).into()),
                ("count", pairs_left.into()),
            ],
        )
    }

    pub(crate) fn scores_title(l: Locale) -> String {
        l.tr("report-scores-title", &[])
    }

    pub(crate) fn scores_axis(l: Locale) -> String {
        l.tr("report-scores-axis", &[])
    }

    /// A score bin's label: `70–80`.
    pub(crate) fn bin(l: Locale, low: u64, high: u64) -> String {
        format!("{}–{}", l.number(low), l.number(high))
    }

    /// The histogram's text alternative.
    pub(crate) fn scores_desc(l: Locale, bins: &[(String, u64)]) -> String {
        let parts: Vec<String> = bins
            .iter()
            .filter(|(_, n)| *n > 0)
            .map(|(label, n)| item(l, label, *n))
            .collect();
        if parts.is_empty() {
            l.tr("report-scores-empty", &[])
        } else {
            l.tr(
                "report-scores-desc",
                &[("list", parts.join(&l.clause_sep()).into())],
            )
        }
    }

    pub(crate) fn themes_title(l: Locale) -> String {
        l.tr("report-themes-title", &[])
    }

    /// The one series of the themes chart.
    pub(crate) fn themes_series(l: Locale) -> String {
        l.tr("report-themes-series", &[])
    }

    /// The themes chart's text alternative.
    pub(crate) fn themes_desc(l: Locale, rows: &[(String, Vec<u64>)]) -> String {
        let parts: Vec<String> = rows.iter().map(|(label, v)| item(l, label, v[0])).collect();
        if parts.is_empty() {
            l.tr("report-themes-empty", &[])
        } else {
            l.tr(
                "report-themes-desc",
                &[("list", parts.join(&l.clause_sep()).into())],
            )
        }
    }

    pub(crate) fn countries_title(l: Locale) -> String {
        l.tr("report-countries-title", &[])
    }

    /// The two series of the country chart: groups, pairs.
    pub(crate) fn countries_series(l: Locale) -> [String; 2] {
        [
            l.tr("report-series-groups", &[]),
            l.tr("report-series-pairs", &[]),
        ]
    }

    /// The country chart's text alternative.
    pub(crate) fn countries_desc(l: Locale, rows: &[(String, Vec<u64>)]) -> String {
        let parts: Vec<String> = rows
            .iter()
            .map(|(label, v)| {
                l.tr(
                    "report-country-item",
                    &[
                        ("label", label.as_str().into()),
                        ("groups", l.groups(v[0]).into()),
                        ("pairs", l.pairs(v[1]).into()),
                    ],
                )
            })
            .collect();
        l.tr(
            "report-countries-desc",
            &[("list", parts.join(&l.clause_sep()).into())],
        )
    }

    /// The last row of a chart that shows only its largest rows.
    pub(crate) fn others(l: Locale, n: usize) -> String {
        l.tr("report-others", &[("count", (n as u64).into())])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const EN: Locale = Locale { lang: Lang::En };
    const FR: Locale = Locale { lang: Lang::Fr };
    const ES: Locale = Locale { lang: Lang::Es };

    #[test]
    fn numbers_are_written_as_each_language_writes_them() {
        assert_eq!(EN.number(0), "0");
        assert_eq!(EN.number(999), "999");
        assert_eq!(EN.number(1000), "1,000");
        assert_eq!(EN.number(1_234_567), "1,234,567");
        assert_eq!(EN.score(142_333u64), "1,423.33");
        assert_eq!(EN.score(5u64), "0.05");
        assert_eq!(FR.score(142_333u64), "1\u{202f}423,33");
        assert_eq!(FR.number(1000), "1\u{202f}000");
        assert_eq!(
            ES.score(142_333u64),
            "1423,33",
            "RAE: four digits stay whole"
        );
        assert_eq!(ES.score(1_234_567u64), "12\u{202f}345,67");
        assert_eq!(FR.points(12.5), "12,50");
        assert_eq!(ES.decimal(0.8, 4), "0,8");
        assert_eq!(EN.decimal(-1234.5, 1), "-1,234.5");
    }

    #[test]
    fn whole_numbers_match_the_messages_counts() {
        // The page's numbers and the counts Fluent writes in its sentences agree.
        for l in [EN, FR, ES] {
            for n in [
                0u64, 7, 999, 1000, 1234, 9999, 10_000, 12_345, 999_999, 1_234_567,
            ] {
                let text = l.lang.tr("count-groups", &[("count", n.into())]);
                let counted = text.split(' ').next().unwrap();
                assert_eq!(l.number(n), counted, "{l:?} {n}");
            }
        }
    }

    #[test]
    fn names_are_listed_as_a_reader_looks_them_up() {
        let mut names = vec!["Zambie", "États-Unis", "espagne", "Égypte", "Espagne"];
        names.sort_by(|a, b| Locale::collate(a, b));
        assert_eq!(
            names,
            ["Égypte", "Espagne", "espagne", "États-Unis", "Zambie"]
        );
    }

    #[test]
    fn decimals_lose_trailing_zeros() {
        assert_eq!(EN.decimal(2.0, 4), "2");
        assert_eq!(EN.decimal(0.8, 4), "0.8");
        assert_eq!(EN.decimal(0.875, 3), "0.875");
        assert_eq!(EN.decimal(10.0, 0), "10");
        assert_eq!(FR.decimal(10.0, 0), "10");
    }

    #[test]
    fn french_signs_keep_their_space_on_the_line() {
        assert_eq!(
            FR.typeset("plan (optimal) : 2 paires ; « x » ?"),
            "plan (optimal)\u{a0}: 2 paires\u{202f}; «\u{202f}x\u{202f}»\u{202f}?"
        );
        assert_eq!(FR.typeset("a:b"), "a:b");
        assert_eq!(ES.typeset("a : b"), "a : b");
        assert_eq!(EN.typeset("a ; b"), "a ; b");
    }
}
