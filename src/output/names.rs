//! Countries, languages and themes by their names in this run's language (`France`,
//! `Espagne`; `français`; `aide alimentaire`), and scores with its decimal sign, for text a
//! person reads. Machine formats keep codes, ids and decimal points.

use crate::i18n::{Lang, current};
use crate::model::reference::Reference;

/// The name of country `i` of `r`.
pub(crate) fn country(r: &Reference, i: usize) -> &str {
    let c = &r.countries[i];
    pick(&c.en, &c.fr, &c.es)
}

/// The name of language `i` of `r`.
pub(crate) fn language(r: &Reference, i: usize) -> &str {
    let l = &r.languages[i];
    pick(&l.en, &l.fr, &l.es)
}

/// The label of theme `i` of `r`.
pub(crate) fn theme(r: &Reference, i: usize) -> &str {
    let t = &r.themes[i];
    pick(&t.en, &t.fr, &t.es)
}

/// A score or a total in hundredths, with two decimals and the language's decimal sign
/// (`80.00`; `80,00` in French and Spanish).
pub(crate) fn score(hundredths: u64) -> String {
    let text = crate::score::format_score(hundredths);
    match current() {
        Lang::En => text,
        Lang::Fr | Lang::Es => text.replace('.', ","),
    }
}

fn pick<'a>(en: &'a str, fr: &'a str, es: &'a str) -> &'a str {
    match current() {
        Lang::En => en,
        Lang::Fr => fr,
        Lang::Es => es,
    }
}
