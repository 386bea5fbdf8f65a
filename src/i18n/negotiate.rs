//! Which of twin's languages a user asked for: a language tag (`--lang fr`, twin.toml's
//! `lang = "es-MX"`) or the POSIX locale (`LC_ALL`, `LC_MESSAGES`, `LANG`), negotiated with
//! fluent-langneg so that a regional variant finds its language (`fr_BE.UTF-8` → French,
//! `es_MX` → Spanish).

use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use unic_langid::LanguageIdentifier;

use super::Lang;

/// The language `tag` names (`fr`, `fr-BE`, `es_MX.UTF-8`, `Spanish` is not a tag), or none
/// when it names none of twin's languages or is not a tag at all.
pub(crate) fn from_tag(tag: &str) -> Option<Lang> {
    // A POSIX locale: language_TERRITORY.codeset@modifier.
    let tag = tag.split(['.', '@']).next().unwrap_or("").replace('_', "-");
    let requested: LanguageIdentifier = tag.parse().ok()?;
    let available: Vec<LanguageIdentifier> = Lang::ALL
        .iter()
        .map(|l| l.code().parse().expect("the three codes are valid tags"))
        .collect();
    let chosen = negotiate_languages(
        &[requested],
        &available,
        None,
        NegotiationStrategy::Filtering,
    );
    let first = chosen.first()?;
    Lang::ALL
        .into_iter()
        .find(|l| l.code() == first.language.as_str())
}

/// The language of the locale, as `var` reads the environment: the first of `LC_ALL`,
/// `LC_MESSAGES` and `LANG` that is set and not empty decides (POSIX precedence), and
/// `C`/`POSIX` or a language twin does not speak mean none (English).
pub(crate) fn from_locale(var: impl Fn(&str) -> Option<String>) -> Option<Lang> {
    let value = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .filter_map(&var)
        .find(|v| !v.is_empty())?;
    if value == "C" || value == "POSIX" || value.starts_with("C.") {
        return None;
    }
    from_tag(&value)
}
