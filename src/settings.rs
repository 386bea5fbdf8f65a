//! The configuration: `twin.toml` (optional) resolved into one documented [`Config`].
//!
//! The file is looked up as `--config FILE`, else `./twin.toml` when present, else the
//! defaults apply. Unknown keys are errors naming the key and line; priority themes are
//! resolved through the taxonomy, with "did you mean" suggestions.

use std::ops::Range;
use std::path::Path;

use serde::Deserialize;
use toml::Spanned;

use crate::error::{Error, Problem, Result};
use crate::i18n::tr;
use crate::model::normalize::miss_message;
use crate::model::profile::ThemeSet;
use crate::model::reference::{NameKind, Reference, Theme};
use crate::score::{Rules, Scoring, Weights};

/// The default config written by `twin init`; also documents every key.
pub(crate) const DEFAULT_TOML: &str = include_str!("../examples/twin.toml");

/// Everything a run depends on besides the profiles.
#[derive(Debug, Clone)]
pub struct Config {
    /// Known countries, languages and themes (built-in plus the config's `[[themes]]`).
    pub reference: Reference,
    /// Weights, priority themes and eligibility rules.
    pub scoring: Scoring,
    /// How many candidates `match` shows per group by default.
    pub per_group: usize,
    /// The config file used, if any (for messages).
    pub source: Option<String>,
    /// How to read profile files (from the command line).
    pub input: crate::input::ReadOptions,
    /// The language of messages and, by its region, the decimal sign of `--excel` CSV, when
    /// the file sets `lang` (`--lang` overrides it; without either, the locale decides).
    pub(crate) lang: Option<crate::i18n::Locale>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct File {
    lang: Option<Spanned<String>>,
    priority_themes: Option<Vec<Spanned<String>>>,
    #[serde(default)]
    weights: WeightsFile,
    #[serde(default)]
    rules: RulesFile,
    #[serde(default, rename = "match")]
    match_: MatchFile,
    #[serde(default)]
    themes: Vec<Theme>,
    /// `[columns]`: a header name for a column, `themes = "Thèmes principaux"`.
    #[serde(default)]
    columns: std::collections::BTreeMap<String, Spanned<String>>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct WeightsFile {
    themes: Option<Spanned<f64>>,
    languages: Option<Spanned<f64>>,
    priority: Option<Spanned<f64>>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RulesFile {
    different_country: Option<bool>,
    common_language: Option<bool>,
    exclude_existing_twins: Option<bool>,
    require_capacity: Option<bool>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct MatchFile {
    per_group: Option<Spanned<i64>>,
}

/// The largest `weights.themes` or `weights.languages`: `explain` prints each component as
/// 100 × weight × overlap (overlap ≤ 1), so 100 × weight must stay finite; the score itself
/// only uses the ratio weight / (sum of weights), which is then finite too.
pub(crate) const MAX_WEIGHT: f64 = f64::MAX / 100.0;

/// The smallest `weights.priority`. A theme set's weight W = n + (priority − 1) · p (n
/// themes, p of them priority) is computed with an absolute rounding error of about
/// 2⁻⁵³ · n, so an all-priority set carries a relative error near 2⁻⁵³ / priority, and the
/// theme overlap (four such weights) four times that. That error must stay below half a
/// hundredth of a point (0.5 · 10⁻⁴ of the 0..1 overlap): priority ≥ 4 · 2⁻⁵³ / (0.5 · 10⁻⁴)
/// ≈ 8.9 · 10⁻¹², rounded up to the next power of ten. (Below 2⁻⁵³, W rounds to 0 and two
/// groups sharing their only theme score no theme overlap at all.)
pub(crate) const MIN_PRIORITY: f64 = 1e-11;

/// The largest `weights.priority`: a theme set weighs at most priority · MAX_THEMES, and the
/// theme overlap W(S) · (W(A) + W(B)) / (2 · W(A) · W(B)) multiplies two such weights
/// with a factor 2 in both its numerator and denominator: 2 · MAX_THEMES² · priority² must
/// stay finite, so priority ≤ √(f64::MAX / (2 · 128²)) ≈ 7.4 · 10¹⁵¹.
pub(crate) fn max_priority() -> f64 {
    let themes = crate::model::reference::MAX_THEMES as f64;
    (f64::MAX / (2.0 * themes * themes)).sqrt()
}

/// `x` with four significant digits, never above `x` (a bound shown in a message must be
/// a value the check accepts): `7.407e151` for 7.4067e151 would be refused.
fn rounded_down(x: f64) -> String {
    let shown = format!("{x:.3e}");
    if shown.parse::<f64>().is_ok_and(|s| s <= x) {
        return shown;
    }
    let (mantissa, exponent) = shown.split_once('e').unwrap_or((&shown, "0"));
    let lower = mantissa.parse::<f64>().unwrap_or(0.0) - 0.001;
    format!("{lower:.3}e{exponent}")
}

/// A number as a message shows it: plainly, or in exponent form when very large or small.
fn shown(x: f64) -> String {
    if x != 0.0 && (x.abs() >= 1e9 || x.abs() < 1e-4) {
        format!("{x:e}")
    } else {
        format!("{x}")
    }
}

/// The priority themes when the config names none.
pub(crate) const DEFAULT_PRIORITIES: [&str; 3] =
    ["food-security", "gender-equality", "education-access"];

impl Config {
    /// The configuration with every default.
    pub fn default_config() -> Self {
        Self::parse("", None).expect("the empty config is valid")
    }

    /// Loads `explicit` if given, else `./twin.toml` if it exists, else the defaults.
    pub fn load(explicit: Option<&Path>) -> Result<Self> {
        let path = match explicit {
            Some(p) => p.to_path_buf(),
            None => {
                let p = Path::new("twin.toml");
                if !p.exists() {
                    return Self::parse("", None);
                }
                p.to_path_buf()
            }
        };
        let name = path.display().to_string();
        let text = read_limited(&path, &name)?;
        Self::parse(&text, Some(&name))
    }

    /// Parses config text; `name` is the file name used in messages. Every problem is
    /// reported, each at its line.
    pub fn parse(text: &str, name: Option<&str>) -> Result<Self> {
        let at = Locator {
            file: name.unwrap_or("twin.toml"),
            text,
        };
        let file: File = toml::from_str(text).map_err(|e| {
            let (line, message) = crate::input::toml_error(text, &e);
            let message = config_message(text, &e).unwrap_or(message);
            Error::Invalid(vec![Problem::new(at.file, line, message)])
        })?;
        let reference = Reference::new(&file.themes)
            .map_err(|e| Error::Invalid(vec![at.problem(None, e.0)]))?;

        let mut problems = Vec::new();
        let weights = weights(&file.weights, &at, &mut problems);
        let priorities = priorities(
            file.priority_themes.as_deref(),
            &reference,
            &at,
            &mut problems,
        );
        let per_group = per_group(&file.match_, &at, &mut problems);
        let columns = columns(&file.columns, &at, &mut problems);
        let lang = lang(file.lang.as_ref(), &at, &mut problems);
        if !problems.is_empty() {
            return Err(Error::Invalid(problems));
        }
        Ok(Self {
            reference,
            scoring: Scoring {
                weights,
                priorities,
                rules: rules(&file.rules),
            },
            per_group,
            source: name.map(str::to_string),
            input: crate::input::ReadOptions {
                columns,
                ..crate::input::ReadOptions::default()
            },
            lang,
        })
    }
}

/// A setting whose value differs from the default: its key in twin.toml, and both values
/// as twin.toml would write them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Changed {
    pub key: &'static str,
    pub default: String,
    pub value: String,
}

impl Config {
    /// What this configuration changes from the defaults that affects results: weights,
    /// priority themes, rules, `match.per_group`, extra themes and `[columns]`.
    pub(crate) fn changes(&self) -> Vec<Changed> {
        let d = Config::default_config();
        let mut out = Vec::new();
        let mut push = |key, default: String, value: String| {
            if default != value {
                out.push(Changed {
                    key,
                    default,
                    value,
                });
            }
        };
        let (w, dw) = (&self.scoring.weights, &d.scoring.weights);
        push(
            "weights.themes",
            dw.themes.to_string(),
            w.themes.to_string(),
        );
        push(
            "weights.languages",
            dw.languages.to_string(),
            w.languages.to_string(),
        );
        push(
            "weights.priority",
            dw.priority.to_string(),
            w.priority.to_string(),
        );
        let themes = |c: &Config| {
            let ids: Vec<&str> = crate::model::profile::themes_of(c.scoring.priorities)
                .map(|t| c.reference.themes[t].id.as_str())
                .collect();
            format!("[{}]", ids.join(", "))
        };
        push("priority_themes", themes(&d), themes(self));
        let (r, dr) = (&self.scoring.rules, &d.scoring.rules);
        let on = |b: bool| if b { "true" } else { "false" }.to_string();
        push(
            "rules.different_country",
            on(dr.different_country),
            on(r.different_country),
        );
        push(
            "rules.common_language",
            on(dr.common_language),
            on(r.common_language),
        );
        push(
            "rules.exclude_existing_twins",
            on(dr.exclude_existing_twins),
            on(r.exclude_existing_twins),
        );
        push(
            "rules.require_capacity",
            on(dr.require_capacity),
            on(r.require_capacity),
        );
        push(
            "match.per_group",
            d.per_group.to_string(),
            self.per_group.to_string(),
        );
        let extra =
            self.reference.themes.len() - d.reference.themes.len().min(self.reference.themes.len());
        let extra_themes = |n: usize| tr("settings-changed-extra", &[("count", (n as u64).into())]);
        push("themes", extra_themes(0), extra_themes(extra));
        let mapped = |n: usize| tr("settings-changed-mapped", &[("count", (n as u64).into())]);
        push("columns", mapped(0), mapped(self.input.columns.len()));
        out
    }
}

/// The most bytes a configuration file may hold. A real one is a few kilobytes (at most
/// 128 themes); a larger file is refused before TOML parses it, since parsing can take
/// hundreds of times a file's size in memory.
pub(crate) const MAX_CONFIG_BYTES: u64 = 1_000_000;

/// The config file's text, refused past [`MAX_CONFIG_BYTES`] or when it is not UTF-8.
fn read_limited(path: &Path, name: &str) -> Result<String> {
    use std::io::Read;
    let file = std::fs::File::open(path).map_err(|e| Error::io(name, e))?;
    let mut bytes = Vec::new();
    file.take(MAX_CONFIG_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::io(name, e))?;
    if bytes.len() as u64 > MAX_CONFIG_BYTES {
        return Err(Error::Invalid(vec![Problem::new(
            name,
            None,
            tr("settings-too-large", &[("bytes", MAX_CONFIG_BYTES.into())]),
        )]));
    }
    String::from_utf8(bytes).map_err(|e| {
        let good = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let line = good.iter().filter(|&&b| b == b'\n').count() as u64 + 1;
        Error::Invalid(vec![Problem::new(
            name,
            Some(line),
            tr("settings-not-utf8", &[]),
        )])
    })
}

/// Where a config problem is: the file's name and text, to turn a key's span into a line.
struct Locator<'a> {
    file: &'a str,
    text: &'a str,
}

impl Locator<'_> {
    fn problem(&self, span: Option<Range<usize>>, message: String) -> Problem {
        let line = span.map(|s| crate::input::LineCursor::new(self.text).line_of(s.start));
        Problem::new(self.file, line, message)
    }
}

/// `[weights]`, each within the bounds where the score's arithmetic holds.
fn weights(file: &WeightsFile, at: &Locator, problems: &mut Vec<Problem>) -> Weights {
    let mut weights = Weights::default();
    for (slot, value, key, min, max) in [
        (
            &mut weights.themes,
            &file.themes,
            "weights.themes",
            0.0,
            MAX_WEIGHT,
        ),
        (
            &mut weights.languages,
            &file.languages,
            "weights.languages",
            0.0,
            MAX_WEIGHT,
        ),
        (
            &mut weights.priority,
            &file.priority,
            "weights.priority",
            MIN_PRIORITY,
            max_priority(),
        ),
    ] {
        let Some(v) = value else { continue };
        let x = *v.get_ref();
        if x.is_finite() && x >= min && x <= max {
            *slot = x;
            continue;
        }
        let low = if min > 0.0 {
            format!("{min:e}")
        } else {
            "0".into()
        };
        let max = rounded_down(max);
        let args = [
            ("key", key.into()),
            ("min", low.into()),
            ("max", max.into()),
            ("value", shown(x).into()),
        ];
        problems.push(at.problem(
            Some(v.span()),
            if min > 0.0 {
                tr("settings-priority-out-of-range", &args)
            } else {
                tr("settings-weight-out-of-range", &args)
            },
        ));
    }
    if problems.is_empty() && weights.themes + weights.languages <= 0.0 {
        problems.push(at.problem(None, tr("settings-weights-both-zero", &[])));
    }
    weights
}

/// `priority_themes` resolved through the taxonomy (the defaults when absent).
fn priorities(
    list: Option<&[Spanned<String>]>,
    reference: &Reference,
    at: &Locator,
    problems: &mut Vec<Problem>,
) -> ThemeSet {
    let mut priorities: ThemeSet = 0;
    let Some(list) = list else {
        for id in DEFAULT_PRIORITIES {
            let i = reference.theme_by_id(id).expect("default priorities exist");
            priorities |= 1 << i;
        }
        return priorities;
    };
    for item in list {
        match reference.theme(item.get_ref()) {
            Ok(i) => priorities |= 1 << i,
            Err(miss) => problems.push(at.problem(
                Some(item.span()),
                miss_message(
                    NameKind::Theme.noun(),
                    item.get_ref(),
                    &miss,
                    |i| reference.label(NameKind::Theme, i),
                    &tr("profile-where-priority-themes", &[]),
                ),
            )),
        }
    }
    priorities
}

/// `match.per_group`, at least 1 (3 by default).
fn per_group(file: &MatchFile, at: &Locator, problems: &mut Vec<Problem>) -> usize {
    match &file.per_group {
        None => 3,
        Some(v) if *v.get_ref() >= 1 => *v.get_ref() as usize,
        Some(v) => {
            problems.push(at.problem(
                Some(v.span()),
                tr(
                    "settings-per-group-too-small",
                    &[("value", v.get_ref().to_string().into())],
                ),
            ));
            3
        }
    }
}

/// `[columns]`: header names for columns, each naming a header no other column has.
fn columns(
    file: &std::collections::BTreeMap<String, Spanned<String>>,
    at: &Locator,
    problems: &mut Vec<Problem>,
) -> Vec<(crate::input::Column, String)> {
    let mut columns: Vec<(crate::input::Column, String)> = Vec::new();
    for (key, header) in file {
        let span = Some(header.span());
        let name = header.get_ref();
        match crate::input::column_by_key(key) {
            Err(message) => problems.push(at.problem(span, message)),
            Ok(_) if name.trim().is_empty() => problems.push(at.problem(
                span,
                tr("settings-column-no-header", &[("key", key.as_str().into())]),
            )),
            Ok(_) if columns.iter().any(|(_, h)| h.trim() == name.trim()) => {
                problems.push(at.problem(
                    span,
                    tr(
                        "settings-column-mapped-twice",
                        &[
                            ("key", key.as_str().into()),
                            ("header", name.as_str().into()),
                        ],
                    ),
                ))
            }
            Ok(column) => columns.push((column, name.clone())),
        }
    }
    columns
}

/// The message for a TOML error serde reports about twin.toml's keys and values (an unknown
/// key, a value of the wrong type, a missing key), in the run's language; none for the
/// others (syntax errors), which `input::toml_error` words.
fn config_message(text: &str, e: &toml::de::Error) -> Option<String> {
    let message = e.message().trim();
    if let Some(m) = crate::input::unknown_key(message) {
        return Some(m);
    }
    let source = e.span().and_then(|span| source_line(text, span.start))?;
    if let Some(key) = message
        .strip_prefix("missing field `")
        .and_then(|rest| rest.strip_suffix('`'))
    {
        return Some(tr(
            "settings-missing-key",
            &[("key", key.into()), ("source", source.into())],
        ));
    }
    let (_, expected) = message
        .strip_prefix("invalid type: ")?
        .rsplit_once(", expected ")?;
    let expected = match expected {
        "a boolean" => "boolean",
        "f64" => "number",
        "i64" => "integer",
        "a string" => "text",
        "a sequence" => "list",
        e if e.starts_with("struct ") || e == "a map" => "table",
        _ => return None,
    };
    let (key, _) = source.split_once('=')?;
    Some(tr(
        "settings-wrong-type",
        &[
            ("key", key.trim().into()),
            ("expected", expected.into()),
            ("source", source.into()),
        ],
    ))
}

/// The line of `text` holding byte `at`, trimmed, when it is short enough to quote.
fn source_line(text: &str, at: usize) -> Option<&str> {
    let at = at.min(text.len());
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    let line = text.get(start..end)?.trim();
    (!line.is_empty() && line.chars().count() <= 100).then_some(line)
}

/// `lang = "fr"`: one of twin's languages, as a tag (`fr`, `es-MX`, `fr_BE.UTF-8`), its
/// region kept for the decimal sign.
fn lang(
    value: Option<&Spanned<String>>,
    at: &Locator,
    problems: &mut Vec<Problem>,
) -> Option<crate::i18n::Locale> {
    let value = value?;
    let lang = crate::i18n::from_tag(value.get_ref());
    if lang.is_none() {
        problems.push(at.problem(
            Some(value.span()),
            tr(
                "settings-lang-unknown",
                &[("value", value.get_ref().as_str().into())],
            ),
        ));
    }
    lang
}

/// `[rules]`, each defaulting to on.
fn rules(file: &RulesFile) -> Rules {
    let d = Rules::default();
    Rules {
        different_country: file.different_country.unwrap_or(d.different_country),
        common_language: file.common_language.unwrap_or(d.common_language),
        exclude_existing_twins: file
            .exclude_existing_twins
            .unwrap_or(d.exclude_existing_twins),
        require_capacity: file.require_capacity.unwrap_or(d.require_capacity),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(text: &str) -> String {
        match Config::parse(text, Some("twin.toml")) {
            Err(e) => crate::output::messages::report(&e),
            Ok(_) => panic!("accepted {text:?}"),
        }
    }

    #[test]
    fn defaults_apply_without_a_file() {
        let c = Config::default_config();
        assert_eq!(c.scoring.weights, Weights::default());
        assert_eq!(c.scoring.rules, Rules::default());
        assert_eq!(c.scoring.priorities.count_ones(), 3);
        assert_eq!(c.per_group, 3);
    }

    #[test]
    fn the_shipped_example_config_is_valid_and_equals_the_defaults() {
        let c = Config::parse(DEFAULT_TOML, None).unwrap();
        let d = Config::default_config();
        assert_eq!(c.scoring, d.scoring);
        assert_eq!(c.per_group, d.per_group);
    }

    #[test]
    fn keys_are_read() {
        let c = Config::parse(
            "priority_themes = [\"health\", \"logement\"]\n[weights]\nthemes = 1\nlanguages = 0.5\npriority = 3\n[rules]\ncommon_language = false\n[match]\nper_group = 5\n",
            None,
        )
        .unwrap();
        assert_eq!(c.scoring.weights.themes, 1.0);
        assert_eq!(c.scoring.weights.languages, 0.5);
        assert_eq!(c.scoring.weights.priority, 3.0);
        assert!(!c.scoring.rules.common_language);
        assert!(c.scoring.rules.different_country);
        assert_eq!(c.scoring.priorities.count_ones(), 2);
        assert_eq!(c.per_group, 5);
        assert_eq!(c.lang, None);
    }

    #[test]
    fn the_language_is_read_and_a_wrong_one_is_located() {
        use crate::i18n::{Lang, Locale};
        assert_eq!(
            Config::parse("lang = \"fr\"\n", None).unwrap().lang,
            Some(Locale::of(Lang::Fr))
        );
        // The region is kept: Mexico writes a decimal point.
        assert_eq!(
            Config::parse("lang = \"es-MX\"\n", None).unwrap().lang,
            Some(Locale {
                lang: Lang::Es,
                decimal_comma: false
            })
        );
        let e = err("# languages\nlang = \"de\"\n");
        assert!(e.contains("twin.toml:2"), "{e}");
        assert!(e.contains("\"de\" is not a language twin speaks"), "{e}");
    }

    #[test]
    fn unknown_keys_and_bad_values_are_located() {
        let e = err("[weights]\nthemes = 0.5\ntheme = 2\n");
        assert!(e.contains("twin.toml:3:") && e.contains("theme"), "{e}");
        let e = err("[weights]\npriority = 0\n");
        assert!(
            e.contains("twin.toml:2:") && e.contains("weights.priority"),
            "{e}"
        );
        let e = err("[weights]\nthemes = 0\nlanguages = 0\n");
        assert!(e.contains("cannot both be 0"), "{e}");
        let e = err("priority_themes = [\"food securty\"]\n");
        assert!(
            e.contains("twin.toml:1:") && e.contains("did you mean \"food security\""),
            "{e}"
        );
        let e = err("[match]\nper_group = 0\n");
        assert!(e.contains("twin.toml:2:"), "{e}");
        let e = err("[rules]\ncommon_language = \"yes\"\n");
        assert!(e.contains("twin.toml:2:"), "{e}");
    }

    #[test]
    fn keys_and_types_serde_refuses_are_worded_by_twin() {
        let e = err("# weights\n[wieghts]\nthemes = 2\n");
        assert!(
            e.contains("twin.toml:2: unknown key `wieghts` — did you mean `weights`? The keys here are `lang`, "),
            "{e}"
        );
        let e = err("[rules]\nzzz = true\n");
        assert!(
            e.contains("unknown key `zzz`: the keys here are `different_country`, "),
            "{e}"
        );
        for (text, said) in [
            (
                "[rules]\ncommon_language = \"yes\"\n",
                "twin.toml:2: `common_language` must be true or false, in `common_language = \"yes\"`",
            ),
            ("[weights]\nthemes = \"x\"\n", "`themes` must be a number"),
            (
                "[match]\nper_group = 1.5\n",
                "`per_group` must be a whole number",
            ),
            ("lang = 1\n", "`lang` must be a text in quotes"),
            (
                "priority_themes = \"health\"\n",
                "`priority_themes` must be a list in brackets",
            ),
            ("weights = 3\n", "`weights` must be a table"),
            (
                "[[themes]]\nid = \"a\"\nen = \"b\"\n",
                "twin.toml:1: missing key `fr` in `[[themes]]`",
            ),
        ] {
            let e = err(text);
            assert!(e.contains(said), "{text:?}: {e}");
            assert!(!e.contains("invalid type") && !e.contains("field"), "{e}");
        }
        // A syntax error is not serde's: worded as before.
        assert!(err("x = \n").contains("twin.toml:1:"));
    }

    #[test]
    fn weights_beyond_the_arithmetic_are_refused_at_their_line() {
        let e = err("[weights]\nthemes = 1e308\nlanguages = 1e308\n");
        assert!(e.contains("twin.toml:2: `weights.themes`"), "{e}");
        assert!(e.contains("twin.toml:3: `weights.languages`"), "{e}");
        assert!(e.contains("1.797e306"), "{e}");
        let e = err("# comment\n[weights]\n\npriority = 1e154\n");
        assert!(e.contains("twin.toml:4: `weights.priority`"), "{e}");
        assert!(e.contains("got 1e154"), "{e}");
        let e = err("[weights]\npriority = 1e-300\n");
        assert!(
            e.contains("twin.toml:2:") && e.contains("from 1e-11"),
            "{e}"
        );
        for text in ["themes = inf", "languages = nan", "priority = -inf"] {
            let e = err(&format!("[weights]\n{text}\n"));
            assert!(e.contains("twin.toml:2:"), "{e}");
        }
        // The bounds themselves are accepted, and the bound shown is accepted.
        let shown = rounded_down(max_priority());
        Config::parse(&format!("[weights]\npriority = {shown}\n"), None).unwrap();
        Config::parse(
            &format!(
                "[weights]\nthemes = {MAX_WEIGHT:e}\nlanguages = {MAX_WEIGHT:e}\npriority = 1e-11\n"
            ),
            None,
        )
        .unwrap();
    }

    /// The bounds are where the formula's arithmetic breaks, not round guesses.
    #[test]
    fn the_bounds_are_where_the_arithmetic_ends() {
        use crate::score::{theme_overlap, theme_points};
        let themes = crate::model::reference::MAX_THEMES as f64;
        // The heaviest theme sets: every theme a priority.
        let w = themes * max_priority();
        assert_eq!(theme_overlap(w, w, w), 1.0);
        let beyond = themes * max_priority() * 1.001;
        assert!(!theme_overlap(beyond, beyond, beyond).is_finite());
        let both = Weights {
            themes: MAX_WEIGHT,
            languages: MAX_WEIGHT,
            priority: 2.0,
        };
        assert_eq!(theme_points(1.0, 1.0, 1.0, &both), 0.5);
        assert!((100.0 * both.themes).is_finite());
        assert!((100.0 * MAX_WEIGHT * 1.001).is_infinite());
        // Below 2⁻⁵³ a one-priority-theme set weighs 0 and the overlap vanishes.
        let tiny = 1.0 + (f64::EPSILON / 4.0 - 1.0);
        assert_eq!(tiny, 0.0);
        let at_min = 1.0 + (MIN_PRIORITY - 1.0);
        assert!((theme_overlap(at_min, at_min, at_min) - 1.0).abs() < 0.5e-4);
    }

    #[test]
    fn bounds_are_shown_rounded_down() {
        for x in [max_priority(), MAX_WEIGHT, 1.0, 7.40675e151, 1.23456789] {
            let shown: f64 = rounded_down(x).parse().unwrap();
            assert!(shown <= x && shown > x * 0.999, "{x} shown as {shown}");
        }
    }

    #[test]
    fn columns_map_header_names_and_unknown_keys_are_located() {
        let c = Config::parse("[columns]\nthemes = \"Thèmes principaux\"\n", None).unwrap();
        assert_eq!(
            c.input.columns,
            [(
                crate::input::Column::Themes,
                "Thèmes principaux".to_string()
            )]
        );
        let e = err("[columns]\nid = \"Code\"\nthemse = \"Sujets\"\n");
        assert!(
            e.contains("twin.toml:3:") && e.contains("did you mean `themes`?"),
            "{e}"
        );
        let e = err("[columns]\nid = \"X\"\nname = \"X\"\n");
        assert!(e.contains("already mapped"), "{e}");
        assert!(err("[columns]\nid = \" \"\n").contains("names no header"));
    }

    #[test]
    fn extra_themes_extend_the_taxonomy() {
        let c = Config::parse(
            "priority_themes = [\"digital inclusion\"]\n[[themes]]\nid = \"digital-inclusion\"\nen = \"digital inclusion\"\nfr = \"inclusion numérique\"\nes = \"inclusión digital\"\n",
            None,
        )
        .unwrap();
        let i = c.reference.theme_by_id("digital-inclusion").unwrap();
        assert_eq!(c.scoring.priorities, 1 << i);
        let e = err("[[themes]]\nid = \"x\"\nen = \"hunger\"\nfr = \"x\"\nes = \"x\"\n");
        assert!(e.contains("hunger"), "{e}");
    }

    #[test]
    fn a_config_file_over_the_limit_or_not_utf8_is_refused_with_its_name() {
        let dir = tempfile::tempdir().unwrap();
        let big = dir.path().join("big.toml");
        let at_limit = dir.path().join("ok.toml");
        let latin1 = dir.path().join("latin1.toml");
        // A comment line as long as the limit allows is read; one byte more is refused.
        let comment = |n: u64| format!("#{}\n", "x".repeat(n as usize - 2));
        std::fs::write(&at_limit, comment(MAX_CONFIG_BYTES)).unwrap();
        std::fs::write(&big, comment(MAX_CONFIG_BYTES + 1)).unwrap();
        std::fs::write(&latin1, b"# ok\npriority_themes = [\"\xe9\"]\n").unwrap();
        assert!(Config::load(Some(&at_limit)).is_ok());
        let report = |p: &std::path::Path| match Config::load(Some(p)) {
            Err(e) => crate::output::messages::report(&e),
            Ok(_) => panic!("{} was accepted", p.display()),
        };
        let r = report(&big);
        assert!(
            r.contains("big.toml") && r.contains("1,000,000 bytes"),
            "{r}"
        );
        let r = report(&latin1);
        assert!(
            r.contains("latin1.toml:2:") && r.contains("not UTF-8"),
            "{r}"
        );
    }
}
