//! The languages twin speaks, and which of them a user asked for: a language tag (`--lang
//! fr`, twin.toml's `lang = "es-MX"`) or the POSIX locale (`LC_ALL`, `LC_MESSAGES`, `LANG`),
//! negotiated with fluent-langneg so that a regional variant finds its language
//! (`fr_BE.UTF-8` → French, `es_MX` → Spanish). The region is kept for one thing: whether
//! a spreadsheet there reads numbers with a decimal comma ([`Locale`], [`super::regions`]).

use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use unic_langid::LanguageIdentifier;

/// A language twin speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Lang {
    En,
    Fr,
    Es,
}

impl Lang {
    /// Every language, English (the fallback) first.
    pub(crate) const ALL: [Lang; 3] = [Lang::En, Lang::Fr, Lang::Es];

    /// The language's code: `en`, `fr`, `es` (as `--lang` and twin.toml spell it).
    pub(crate) fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Es => "es",
        }
    }

    /// Whether the language, without a region, writes numbers with a decimal comma
    /// (`80,00`): French and Spanish (Spain's and most of South America's convention).
    /// A region may say otherwise ([`Locale::decimal_comma`]).
    pub(crate) fn decimal_comma(self) -> bool {
        self != Lang::En
    }

    /// The one of three texts (English, French, Spanish, in that order) that is this
    /// language's: how a reference entry's names are picked, wherever they are shown.
    pub(crate) fn pick<'a>(self, en: &'a str, fr: &'a str, es: &'a str) -> &'a str {
        match self {
            Lang::En => en,
            Lang::Fr => fr,
            Lang::Es => es,
        }
    }

    /// `ascii` (a number as Rust writes it: `-1234.5`) as the language writes it for a
    /// person: digits grouped by three and its decimal sign. English groups by `,` from
    /// four digits (`1,423.33`); French by a narrow no-break space from four (`1 423,33`,
    /// a number that never breaks across lines); Spanish likewise but from five digits,
    /// leaving `1423,33` whole (RAE). The one rule for every number in messages, tables
    /// and the report; machine formats (CSV, JSON) never use it.
    pub(crate) fn write_number(self, ascii: &str) -> String {
        let (sign, unsigned) = match ascii.strip_prefix('-') {
            Some(rest) => ("-", rest),
            None => ("", ascii),
        };
        let (whole, fraction) = match unsigned.split_once('.') {
            Some((w, f)) => (w, Some(f)),
            None => (unsigned, None),
        };
        let (separator, from, decimal) = match self {
            Lang::En => (',', 4, '.'),
            Lang::Fr => ('\u{202f}', 4, ','),
            Lang::Es => ('\u{202f}', 5, ','),
        };
        let mut out = String::with_capacity(ascii.len() + ascii.len() / 3 * 3);
        out.push_str(sign);
        let digits = whole.len();
        for (i, c) in whole.chars().enumerate() {
            if digits >= from && i > 0 && (digits - i).is_multiple_of(3) {
                out.push(separator);
            }
            out.push(c);
        }
        if let Some(f) = fraction {
            out.push(decimal);
            out.push_str(f);
        }
        out
    }

    /// The Fluent sources of the language's messages, the files of [`RESOURCES`] in its
    /// order, all in `locales/<code>/`.
    pub(crate) fn sources(self) -> [&'static str; RESOURCES.len()] {
        macro_rules! files {
            ($code:literal) => {
                [
                    include_str!(concat!("../../locales/", $code, "/twin.ftl")),
                    include_str!(concat!("../../locales/", $code, "/input.ftl")),
                    include_str!(concat!("../../locales/", $code, "/profiles.ftl")),
                    include_str!(concat!("../../locales/", $code, "/messages.ftl")),
                    include_str!(concat!("../../locales/", $code, "/explain.ftl")),
                    include_str!(concat!("../../locales/", $code, "/report.ftl")),
                    include_str!(concat!("../../locales/", $code, "/workbook.ftl")),
                    include_str!(concat!("../../locales/", $code, "/progress.ftl")),
                ]
            };
        }
        match self {
            Lang::En => files!("en"),
            Lang::Fr => files!("fr"),
            Lang::Es => files!("es"),
        }
    }
}

/// The files each language's words are split into, by where a person reads them: help,
/// tables and summaries (`twin.ftl`); problems found reading input files (`input.ftl`) and
/// in the groups' profiles and twin.toml's values (`profiles.ftl`); the other
/// errors, warnings and notes (`messages.ftl`); `explain`, `review` and `match` texts
/// (`explain.ftl`); the HTML report (`report.ftl`); the xlsx workbook (`workbook.ftl`);
/// progress bars (`progress.ftl`). A message id is unique across them.
pub(crate) const RESOURCES: [&str; 8] = [
    "twin.ftl",
    "input.ftl",
    "profiles.ftl",
    "messages.ftl",
    "explain.ftl",
    "report.ftl",
    "workbook.ftl",
    "progress.ftl",
];

/// A language chosen for a run, and how its region writes numbers in a spreadsheet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Locale {
    /// The language of every word twin writes.
    pub lang: Lang,
    /// Whether a spreadsheet in the region reads numbers with a decimal comma (`80,00`):
    /// the language's default unless CLDR says the region writes otherwise (`es-MX`
    /// writes `80.00`, `en-ZA` `80,00`). What `--excel` CSV follows.
    pub decimal_comma: bool,
}

impl Locale {
    /// The language without a region (its default decimal sign).
    pub(crate) fn of(lang: Lang) -> Self {
        Self {
            lang,
            decimal_comma: lang.decimal_comma(),
        }
    }
}

/// The language `tag` names (`fr`, `fr-BE`, `es_MX.UTF-8`, `Spanish` is not a tag), with
/// its region's decimal sign (`es-MX` → Spanish with a decimal point; `es`, `es-ES`,
/// `es-AR` → Spanish with a comma), or none when it names none of twin's languages or is
/// not a tag at all.
pub(crate) fn from_tag(tag: &str) -> Option<Locale> {
    // A POSIX locale: language_TERRITORY.codeset@modifier.
    let tag = tag.split(['.', '@']).next().unwrap_or("").replace('_', "-");
    let requested: LanguageIdentifier = tag.parse().ok()?;
    let available: Vec<LanguageIdentifier> = Lang::ALL
        .iter()
        .map(|l| l.code().parse().expect("the three codes are valid tags"))
        .collect();
    let chosen = negotiate_languages(
        std::slice::from_ref(&requested),
        &available,
        None,
        NegotiationStrategy::Filtering,
    );
    let first = chosen.first()?;
    let lang = Lang::ALL
        .into_iter()
        .find(|l| l.code() == first.language.as_str())?;
    let other = requested
        .region
        .as_ref()
        .is_some_and(|r| super::regions::other_decimal_sign(lang.code(), r.as_str()));
    Some(Locale {
        lang,
        decimal_comma: lang.decimal_comma() != other,
    })
}

/// The language of the locale, as `var` reads the environment: the first of `LC_ALL`,
/// `LC_MESSAGES` and `LANG` that is set and not empty decides (POSIX precedence), and
/// `C`/`POSIX` or a language twin does not speak mean none (English). Its region gives the
/// decimal sign ([`from_tag`]).
pub(crate) fn from_locale(var: impl Fn(&str) -> Option<String>) -> Option<Locale> {
    let value = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .filter_map(&var)
        .find(|v| !v.is_empty())?;
    if value == "C" || value == "POSIX" || value.starts_with("C.") {
        return None;
    }
    from_tag(&value)
}
