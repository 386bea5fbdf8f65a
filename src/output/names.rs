//! Countries, languages and themes by their names in this run's language (`France`,
//! `Espagne`; `français`; `aide alimentaire`), for text a person reads. Machine formats
//! keep codes and ids.

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

fn pick<'a>(en: &'a str, fr: &'a str, es: &'a str) -> &'a str {
    match current() {
        Lang::En => en,
        Lang::Fr => fr,
        Lang::Es => es,
    }
}
