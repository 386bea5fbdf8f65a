//! Reference data: the countries, languages and themes twin knows, with every accepted name.
//!
//! Country and language tables are generated from public datasets (see `data/README.md`)
//! and embedded in the binary; the theme taxonomy is `data/themes.toml`, which a config may
//! extend. Building a [`Reference`] is pure: it parses the embedded text and the config's
//! extra themes, and checks that no spelling names two themes.

use serde::Deserialize;

use crate::i18n::{Lang, tr};
use crate::model::normalize::{Lookup, Miss, Tier};

const COUNTRIES_TSV: &str = include_str!("../../data/countries.tsv");
const LANGUAGES_TSV: &str = include_str!("../../data/languages.tsv");
const THEMES_TOML: &str = include_str!("../../data/themes.toml");

/// The most themes a taxonomy may hold (themes are kept as a 128-bit set).
pub(crate) const MAX_THEMES: usize = 128;

/// An ISO 3166-1 country.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Country {
    pub alpha2: String,
    pub alpha3: String,
    pub en: String,
    pub fr: String,
    pub es: String,
}

/// An ISO 639 language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Language {
    /// The ISO 639-1 code, or the ISO 639-3 code when the language has none: what twin prints.
    pub code: String,
    pub en: String,
    /// The French and Spanish names (the English one for a language CLDR does not name).
    pub fr: String,
    pub es: String,
}

/// A theme of the taxonomy.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Theme {
    /// Stable kebab-case identifier, e.g. `food-security`.
    pub id: String,
    pub en: String,
    pub fr: String,
    pub es: String,
    #[serde(default)]
    pub aliases: Vec<String>,
}

/// The three kinds of name the reference tables resolve.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NameKind {
    Country = 0,
    Language = 1,
    Theme = 2,
}

impl NameKind {
    /// The kind as messages select it (`{ $kind -> [country] … }`): "country", "language",
    /// "theme"; never shown.
    pub fn noun(self) -> &'static str {
        match self {
            NameKind::Country => "country",
            NameKind::Language => "language",
            NameKind::Theme => "theme",
        }
    }
}

/// Everything twin can recognise, with the lookups that resolve typed names.
#[derive(Debug, Clone)]
pub struct Reference {
    pub countries: Vec<Country>,
    pub languages: Vec<Language>,
    pub themes: Vec<Theme>,
    country_lookup: Lookup,
    language_lookup: Lookup,
    theme_lookup: Lookup,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ThemeFile {
    theme: Vec<Theme>,
}

/// A problem with the taxonomy itself (built-in plus the config's additions).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct TaxonomyError(pub String);

impl Reference {
    /// The built-in tables plus `extra_themes` from the config.
    pub fn new(extra_themes: &[Theme]) -> Result<Self, TaxonomyError> {
        let builtin: ThemeFile = toml::from_str(THEMES_TOML).map_err(|e| {
            TaxonomyError(tr(
                "profile-theme-table-builtin",
                &[("error", e.to_string().into())],
            ))
        })?;
        let mut themes = builtin.theme;
        themes.extend(extra_themes.iter().cloned());
        let (countries, country_lookup) = countries();
        let (languages, language_lookup) = languages();
        let theme_lookup = theme_lookup(&themes)?;
        Ok(Self {
            countries,
            languages,
            themes,
            country_lookup,
            language_lookup,
            theme_lookup,
        })
    }

    /// Resolves `text` as a name of `kind`; without `suggest`, a miss carries no
    /// suggestions (and costs one hash lookup).
    pub fn resolve(&self, kind: NameKind, text: &str, suggest: bool) -> Result<usize, Miss> {
        let lookup = match kind {
            NameKind::Country => &self.country_lookup,
            NameKind::Language => &self.language_lookup,
            NameKind::Theme => &self.theme_lookup,
        };
        lookup.resolve(text, suggest)
    }

    /// How messages name entry `i` of `kind`: its name in the run's language and its code
    /// or id (see [`Reference::label_in`]).
    pub fn label(&self, kind: NameKind, i: usize) -> (String, String) {
        self.label_in(crate::i18n::current(), kind, i)
    }

    /// How messages in `lang` name entry `i` of `kind`: its name in `lang` and its code (a
    /// country's alpha-2, a language's code, a theme's id). The name is one twin accepts
    /// back: when the name in `lang` does not name this entry alone (two entries share
    /// it), the English one, else the code.
    pub(crate) fn label_in(&self, lang: Lang, kind: NameKind, i: usize) -> (String, String) {
        let (names, code) = match kind {
            NameKind::Country => {
                let c = &self.countries[i];
                ([&c.en, &c.fr, &c.es], &c.alpha2)
            }
            NameKind::Language => {
                let l = &self.languages[i];
                ([&l.en, &l.fr, &l.es], &l.code)
            }
            NameKind::Theme => {
                let t = &self.themes[i];
                ([&t.en, &t.fr, &t.es], &t.id)
            }
        };
        let wanted = lang.pick(names[0], names[1], names[2]);
        let name = [wanted, names[0].as_str()]
            .into_iter()
            .find(|n| self.resolve(kind, n, false) == Ok(i))
            .unwrap_or(code);
        (name.to_string(), code.clone())
    }

    pub fn country(&self, text: &str) -> Result<usize, Miss> {
        self.country_lookup.find(text)
    }

    pub fn language(&self, text: &str) -> Result<usize, Miss> {
        self.language_lookup.find(text)
    }

    pub fn theme(&self, text: &str) -> Result<usize, Miss> {
        self.theme_lookup.find(text)
    }

    /// The index of the theme with this exact id.
    pub fn theme_by_id(&self, id: &str) -> Option<usize> {
        self.themes.iter().position(|t| t.id == id)
    }
}

/// Splits a TSV table into rows of fields, skipping the header line.
fn tsv_rows(text: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    text.lines()
        .skip(1)
        .filter(|l| !l.is_empty())
        .map(|l| l.split('\t').collect())
}

fn list(field: &str) -> impl Iterator<Item = &str> {
    field.split('|').filter(|s| !s.is_empty())
}

fn countries() -> (Vec<Country>, Lookup) {
    let mut table = Vec::new();
    let mut lookup = Lookup::new();
    for row in tsv_rows(COUNTRIES_TSV) {
        let i = table.len();
        let c = Country {
            alpha2: row[0].to_string(),
            alpha3: row[1].to_string(),
            en: row[2].to_string(),
            fr: row[3].to_string(),
            es: row[4].to_string(),
        };
        lookup.insert(&c.alpha2, i, Tier::Code);
        lookup.insert(&c.alpha3, i, Tier::Code);
        for name in [&c.en, &c.fr, &c.es] {
            lookup.insert(name, i, Tier::Name);
        }
        for alias in list(row.get(5).copied().unwrap_or("")) {
            lookup.insert(alias, i, Tier::Alias);
        }
        table.push(c);
    }
    (table, lookup)
}

fn languages() -> (Vec<Language>, Lookup) {
    let mut table = Vec::new();
    let mut lookup = Lookup::new();
    for row in tsv_rows(LANGUAGES_TSV) {
        let i = table.len();
        let (alpha2, alpha3s) = (row[0], row[1]);
        let major = !alpha2.is_empty();
        let code = if major {
            alpha2
        } else {
            list(alpha3s).next().unwrap_or("")
        };
        lookup.insert(alpha2, i, Tier::Code);
        for c in list(alpha3s) {
            lookup.insert(c, i, Tier::Code);
        }
        let name_tier = if major { Tier::Name } else { Tier::Minor };
        for name in &row[2..6] {
            lookup.insert(name, i, name_tier);
        }
        let alias_tier = if major { Tier::Alias } else { Tier::Minor };
        for alias in list(row.get(6).copied().unwrap_or("")) {
            lookup.insert(alias, i, alias_tier);
        }
        let named = |i: usize| match row.get(i) {
            Some(n) if !n.is_empty() => n.to_string(),
            _ => row[2].to_string(),
        };
        table.push(Language {
            code: code.to_string(),
            en: row[2].to_string(),
            fr: named(3),
            es: named(4),
        });
    }
    (table, lookup)
}

fn theme_lookup(themes: &[Theme]) -> Result<Lookup, TaxonomyError> {
    if themes.len() > MAX_THEMES {
        return Err(TaxonomyError(tr(
            "profile-too-many-themes",
            &[
                ("count", (themes.len() as u64).into()),
                ("max", (MAX_THEMES as u64).into()),
            ],
        )));
    }
    let mut lookup = Lookup::new();
    for (i, t) in themes.iter().enumerate() {
        if t.id.trim().is_empty() || t.en.trim().is_empty() {
            return Err(TaxonomyError(tr(
                "profile-theme-empty",
                &[("number", (i as u64 + 1).into())],
            )));
        }
        if let Some(j) = themes[..i].iter().position(|o| o.id == t.id) {
            return Err(TaxonomyError(tr(
                "profile-theme-twice",
                &[
                    ("id", t.id.as_str().into()),
                    ("first", (j as u64 + 1).into()),
                    ("second", (i as u64 + 1).into()),
                ],
            )));
        }
        // Every spelling of every theme is one tier: a clash is an error, never a guess.
        // The English label first: the first spelling of a key is the one suggestions show.
        for name in [&t.en, &t.id, &t.fr, &t.es].into_iter().chain(&t.aliases) {
            lookup.insert(name, i, Tier::Name);
        }
    }
    if let Some((spelling, entries)) = lookup.ambiguous().into_iter().next() {
        let ids: Vec<_> = entries.iter().map(|&e| themes[e].id.as_str()).collect();
        return Err(TaxonomyError(tr(
            "profile-theme-name-shared",
            &[("name", spelling.into()), ("ids", ids.join(", ").into())],
        )));
    }
    Ok(lookup)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reference() -> Reference {
        Reference::new(&[]).expect("built-in tables are valid")
    }

    fn alpha2(r: &Reference, text: &str) -> String {
        r.countries[r.country(text).unwrap()].alpha2.clone()
    }

    fn lang(r: &Reference, text: &str) -> String {
        r.languages[r.language(text).unwrap()].code.clone()
    }

    #[test]
    fn every_iso_country_is_present_with_three_languages() {
        let r = reference();
        assert_eq!(r.countries.len(), 249);
        for c in &r.countries {
            assert_eq!(c.alpha2.len(), 2, "{c:?}");
            assert_eq!(c.alpha3.len(), 3, "{c:?}");
            assert!(
                !c.en.is_empty() && !c.fr.is_empty() && !c.es.is_empty(),
                "{c:?}"
            );
            assert_eq!(alpha2(&r, &c.alpha2), c.alpha2);
            assert_eq!(alpha2(&r, &c.alpha3), c.alpha2);
        }
    }

    #[test]
    fn countries_resolve_from_codes_and_names_in_three_languages() {
        let r = reference();
        for text in ["Perú", "Pérou", "Peru", "PE", "PER", "pe", "perou"] {
            assert_eq!(alpha2(&r, text), "PE", "{text}");
        }
        assert_eq!(alpha2(&r, "Côte d'Ivoire"), "CI");
        assert_eq!(alpha2(&r, "Ivory Coast"), "CI");
        assert_eq!(alpha2(&r, "RDC"), "CD");
        assert_eq!(alpha2(&r, "Estados Unidos"), "US");
        assert_eq!(alpha2(&r, "Haïti"), "HT");
        assert_eq!(alpha2(&r, "Espagne"), "ES");
        assert_eq!(alpha2(&r, "Filipinas"), "PH");
    }

    #[test]
    fn languages_resolve_from_codes_and_names() {
        let r = reference();
        for text in [
            "es",
            "spa",
            "Spanish",
            "espagnol",
            "español",
            "castellano",
            "ESPANOL",
        ] {
            assert_eq!(lang(&r, text), "es", "{text}");
        }
        for text in ["fr", "fra", "fre", "French", "français", "francés"] {
            assert_eq!(lang(&r, text), "fr", "{text}");
        }
        assert_eq!(lang(&r, "Kreyòl Ayisyen"), "ht");
        assert_eq!(lang(&r, "créole haïtien"), "ht");
        assert_eq!(lang(&r, "Runasimi"), "qu");
        assert_eq!(lang(&r, "Kiswahili"), "sw");
        assert_eq!(lang(&r, "malgache"), "mg");
        // A language with no ISO 639-1 code keeps its 639-3 code.
        assert_eq!(lang(&r, "fil"), "fil");
    }

    #[test]
    fn required_languages_have_french_spanish_and_own_names() {
        let required = [
            "fr", "es", "en", "pt", "it", "de", "nl", "pl", "sk", "ar", "mg", "ht", "ln", "rw",
            "sw", "tl", "id", "th", "zh", "hi", "am", "qu", "gn",
        ];
        for code in required {
            let row = LANGUAGES_TSV
                .lines()
                .find(|l| l.starts_with(&format!("{code}\t")))
                .unwrap_or_else(|| panic!("{code} missing"));
            let f: Vec<_> = row.split('\t').collect();
            assert!(
                f[2..6].iter().all(|s| !s.is_empty()),
                "{code}: en/fr/es/own name missing in {row}"
            );
        }
        let iso639_1 = LANGUAGES_TSV
            .lines()
            .skip(1)
            .filter(|l| !l.starts_with('\t'))
            .count();
        assert_eq!(iso639_1, 184, "the ISO 639-1 set");
    }

    #[test]
    fn themes_have_the_required_ids_and_labels() {
        let r = reference();
        let ids: Vec<_> = r.themes.iter().map(|t| t.id.as_str()).collect();
        for id in [
            "food-security",
            "gender-equality",
            "education-access",
            "health",
            "housing",
            "elderly",
            "children-youth",
            "migrants-refugees",
            "income-generation",
            "water-sanitation",
            "disability",
            "prison-visiting",
            "homelessness",
            "violence-against-women",
            "literacy",
            "vocational-training",
            "disaster-relief",
            "environment",
            "advocacy",
            "family-support",
        ] {
            assert!(ids.contains(&id), "{id}");
        }
        for t in &r.themes {
            assert!(!t.fr.is_empty() && !t.es.is_empty(), "{}", t.id);
            assert_eq!(r.theme(&t.id), Ok(r.theme_by_id(&t.id).unwrap()));
            assert_eq!(r.theme(&t.en), r.theme(&t.id));
            assert_eq!(r.theme(&t.fr), r.theme(&t.id));
            assert_eq!(r.theme(&t.es), r.theme(&t.id));
        }
        assert_eq!(r.theme("microcredit"), r.theme("income-generation"));
        assert_eq!(r.theme("Sécurité alimentaire"), r.theme("food security"));
    }

    #[test]
    fn labels_name_entries_in_a_language_by_spellings_read_back_as_them() {
        let r = reference();
        let fr = r.country("FR").unwrap();
        assert_eq!(
            r.label_in(Lang::Fr, NameKind::Country, fr),
            ("France".into(), "FR".into())
        );
        assert_eq!(
            r.label_in(Lang::Es, NameKind::Country, fr),
            ("Francia".into(), "FR".into())
        );
        let health = r.theme_by_id("health").unwrap();
        assert_eq!(r.label_in(Lang::Fr, NameKind::Theme, health).0, "santé");
        let en = r.language("en").unwrap();
        assert_eq!(r.label_in(Lang::Es, NameKind::Language, en).0, "inglés");
        // Every name a message may suggest, in every language, names its entry alone.
        for lang in Lang::ALL {
            for (kind, n) in [
                (NameKind::Country, r.countries.len()),
                (NameKind::Language, r.languages.len()),
                (NameKind::Theme, r.themes.len()),
            ] {
                for i in 0..n {
                    let (name, code) = r.label_in(lang, kind, i);
                    assert_eq!(r.resolve(kind, &name, false), Ok(i), "{lang:?} {name}");
                    assert_eq!(r.resolve(kind, &code, false), Ok(i), "{lang:?} {code}");
                }
            }
        }
    }

    #[test]
    fn extra_themes_are_added_and_clashes_refused() {
        let extra = Theme {
            id: "digital-inclusion".into(),
            en: "digital inclusion".into(),
            fr: "inclusion numérique".into(),
            es: "inclusión digital".into(),
            aliases: vec![],
        };
        let r = Reference::new(std::slice::from_ref(&extra)).unwrap();
        assert_eq!(r.theme("inclusion numerique"), Ok(r.themes.len() - 1));

        let clash = Theme {
            aliases: vec!["hunger".into()],
            ..extra.clone()
        };
        let err = Reference::new(&[clash]).unwrap_err();
        assert!(err.0.contains("hunger"), "{err}");

        let dup = Theme {
            id: "health".into(),
            ..extra
        };
        assert!(Reference::new(&[dup]).unwrap_err().0.contains("twice"));
    }
}
