//! The languages twin speaks — English, French and Spanish — and its words in each.
//!
//! Every sentence a person reads comes from Fluent resources embedded in the binary
//! (`locales/<code>/*.ftl`, one file per area: [`lang::RESOURCES`]), looked up by message id with its placeables filled
//! ([`tr`], or [`Lang::tr`] for one given language). Plurals follow each language's CLDR
//! rules through Fluent's selectors (`{ $count -> [one] … *[other] … }`). The language is
//! chosen once per run ([`set`]): `--lang`, else `lang` in twin.toml, else the locale
//! ([`from_locale`]), else English; the tag that chose it also says, by its region, whether
//! spreadsheets there read a decimal comma ([`Locale`], for `--excel`). Machine formats (CSV and JSON field names, ids) never
//! go through here: they are a contract and stay English.

pub(crate) mod help;
mod lang;
mod regions;

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

#[cfg(test)]
use lang::RESOURCES;
pub(crate) use lang::{Lang, Locale, from_locale, from_tag};

impl Lang {
    /// The message `id` in this language with `args` filled in. A message missing here
    /// falls back to English, then to the id itself (a test proves every id used exists in
    /// every language, so neither happens in a release).
    pub(crate) fn tr(self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        format(self, id, args)
            .or_else(|| format(Lang::En, id, args))
            .unwrap_or_else(|| id.to_string())
    }
}

/// Whether `lang` has the message `id` (with a value).
pub(crate) fn has(lang: Lang, id: &str) -> bool {
    bundle(lang)
        .get_message(id)
        .is_some_and(|m| m.value().is_some())
}

/// The message `id` of `lang` without placeables, when `lang` has it.
pub(crate) fn lookup(lang: Lang, id: &str) -> Option<String> {
    has(lang, id).then(|| tr_in(lang, id))
}

/// [`Lang::tr`] without placeables.
pub(crate) fn tr_in(lang: Lang, id: &str) -> String {
    lang.tr(id, &[])
}

/// The language of this run: English until [`set`] chooses another.
pub(crate) fn current() -> Lang {
    locale().lang
}

/// The language of this run and its region's decimal sign: English with a decimal point
/// until [`set`] chooses another.
pub(crate) fn locale() -> Locale {
    *CURRENT.get().unwrap_or(&Locale::of(Lang::En))
}

/// Chooses the language of this run (and its decimal sign), once, before anything is
/// printed; a later call is ignored (the first choice stands for the whole run).
pub(crate) fn set(locale: Locale) {
    let _ = CURRENT.set(locale);
}

/// The message `id` in this run's language (see [`Lang::tr`]).
pub(crate) fn tr(id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    current().tr(id, args)
}

static CURRENT: OnceLock<Locale> = OnceLock::new();

/// The parsed messages of each language, built on first use.
fn bundle(lang: Lang) -> &'static FluentBundle<FluentResource> {
    static BUNDLES: [OnceLock<FluentBundle<FluentResource>>; 3] =
        [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    BUNDLES[lang as usize].get_or_init(|| {
        let tag = lang.code().parse().expect("the three codes are valid tags");
        let mut bundle = FluentBundle::new_concurrent(vec![tag]);
        // No Unicode isolation marks around placeables: they would reach terminals and
        // files as invisible characters (and `terminal::escape` would spell them out).
        bundle.set_use_isolating(false);
        bundle.set_formatter(Some(match lang {
            Lang::En => group_digits::<0, _>,
            Lang::Fr => group_digits::<1, _>,
            Lang::Es => group_digits::<2, _>,
        }));
        // A resource that does not parse, or repeats an id of another, is caught by the
        // tests; what parsed is kept.
        for source in lang.sources() {
            let resource =
                FluentResource::try_new(source.to_string()).unwrap_or_else(|(partial, _)| partial);
            let _ = bundle.add_resource(resource);
        }
        bundle
    })
}

/// A whole number placeable as the language writes it ([`Lang::write_number`]: `12,345`,
/// `12 345`); other values (text, numbers with fraction digits asked for) are left to
/// Fluent. `L` is the language's index in [`Lang::ALL`] (a bundle's formatter is a plain
/// function).
fn group_digits<const L: usize, M>(value: &FluentValue<'_>, _: &M) -> Option<String> {
    let FluentValue::Number(n) = value else {
        return None;
    };
    if n.value.fract() != 0.0
        || n.value.abs() >= 1e15
        || n.options.minimum_fraction_digits.is_some()
    {
        return None;
    }
    Some(Lang::ALL[L].write_number(&format!("{}", n.value as i64)))
}

/// The message `id` of `lang`, or none when it has no such message (or no value).
fn format(lang: Lang, id: &str, args: &[(&str, FluentValue<'_>)]) -> Option<String> {
    let bundle = bundle(lang);
    let pattern = bundle.get_message(id)?.value()?;
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(*name, value.clone());
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
    Some(text.into_owned())
}

#[cfg(test)]
mod tests;
