//! Countries, languages and themes by their names in a language (`France`, `Espagne`;
//! `français`; `aide alimentaire`), and scores with its decimal sign, for text a person
//! reads. Machine formats keep codes, ids and decimal points.

use crate::i18n::{Lang, current};
use crate::model::reference::{Country, Language, Reference, Theme};

/// A country's name in `lang`.
pub(crate) fn country_in(lang: Lang, c: &Country) -> &str {
    lang.pick(&c.en, &c.fr, &c.es)
}

/// A language's name in `lang`.
pub(crate) fn language_in(lang: Lang, l: &Language) -> &str {
    lang.pick(&l.en, &l.fr, &l.es)
}

/// A theme's label in `lang`.
pub(crate) fn theme_in(lang: Lang, t: &Theme) -> &str {
    lang.pick(&t.en, &t.fr, &t.es)
}

/// The name of country `i` of `r`, in this run's language.
pub(crate) fn country(r: &Reference, i: usize) -> &str {
    country_in(current(), &r.countries[i])
}

/// The name of language `i` of `r`, in this run's language.
pub(crate) fn language(r: &Reference, i: usize) -> &str {
    language_in(current(), &r.languages[i])
}

/// The label of theme `i` of `r`, in this run's language.
pub(crate) fn theme(r: &Reference, i: usize) -> &str {
    theme_in(current(), &r.themes[i])
}

/// A score or a total in hundredths, with two decimals, as this run's language writes
/// numbers ([`Lang::write_number`]: `80.00`, `1,423.33`; `80,00`, `1 423,33`, `1423,33`):
/// the same on the terminal, in the workbook's texts and on the report.
pub(crate) fn score(hundredths: u64) -> String {
    current().write_number(&crate::score::format_score(hundredths))
}
