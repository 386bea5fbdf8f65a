//! Tests of the translations: every resource parses, the three languages have the same
//! messages with the same placeables, every id the code uses exists, every message formats
//! without error, and the locale is negotiated as POSIX and CLDR say.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

use super::*;

/// Per message id (and `id.attribute`), the variables its pattern uses, over all of the
/// language's files; an id defined twice (in one file or two) fails.
fn placeables(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
    let mut out = BTreeMap::new();
    for (file, source) in RESOURCES.iter().zip(lang.sources()) {
        let resource = fluent_syntax::parser::parse(source)
            .unwrap_or_else(|(_, errors)| panic!("{}/{file}: {errors:?}", lang.code()));
        file_placeables(lang, file, resource, &mut out);
    }
    out
}

fn file_placeables(
    lang: Lang,
    file: &str,
    resource: fluent_syntax::ast::Resource<&str>,
    out: &mut BTreeMap<String, BTreeSet<String>>,
) {
    for entry in resource.body {
        match entry {
            Entry::Message(m) => {
                assert!(
                    !out.contains_key(m.id.name),
                    "{}/{file}: {} is defined twice",
                    lang.code(),
                    m.id.name
                );
                let mut vars = BTreeSet::new();
                if let Some(p) = &m.value {
                    pattern_vars(p, &mut vars);
                }
                out.insert(m.id.name.to_string(), vars);
                for a in &m.attributes {
                    let mut vars = BTreeSet::new();
                    pattern_vars(&a.value, &mut vars);
                    out.insert(format!("{}.{}", m.id.name, a.id.name), vars);
                }
            }
            Entry::Junk { content } => panic!("{}/{file}: unparsed: {content}", lang.code()),
            _ => {}
        }
    }
}

/// The message ids of one of `lang`'s files.
fn ids_in(lang: Lang, file: usize) -> BTreeSet<String> {
    let resource = fluent_syntax::parser::parse(lang.sources()[file])
        .unwrap_or_else(|(_, errors)| panic!("{}/{}: {errors:?}", lang.code(), RESOURCES[file]));
    let mut out = BTreeMap::new();
    file_placeables(lang, RESOURCES[file], resource, &mut out);
    out.into_keys().collect()
}

#[test]
fn every_message_is_in_the_same_file_in_every_language() {
    for (file, name) in RESOURCES.iter().enumerate() {
        let english = ids_in(Lang::En, file);
        for lang in [Lang::Fr, Lang::Es] {
            assert_eq!(
                ids_in(lang, file),
                english,
                "{}/{name} and en/{name} hold different ids",
                lang.code(),
            );
        }
    }
}

fn pattern_vars(p: &Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &p.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(e: &Expression<&str>, vars: &mut BTreeSet<String>) {
    match e {
        Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for v in variants {
                pattern_vars(&v.value, vars);
            }
        }
        Expression::Inline(i) => inline_vars(i, vars),
    }
}

fn inline_vars(i: &InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match i {
        InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, vars);
            }
            for a in &arguments.named {
                inline_vars(&a.value, vars);
            }
        }
        InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        _ => {}
    }
}

#[test]
fn every_language_has_every_message_with_the_same_placeables() {
    let english = placeables(Lang::En);
    assert!(!english.is_empty());
    for lang in [Lang::Fr, Lang::Es] {
        let other = placeables(lang);
        let missing: Vec<_> = english.keys().filter(|k| !other.contains_key(*k)).collect();
        let extra: Vec<_> = other.keys().filter(|k| !english.contains_key(*k)).collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", lang.code());
        assert!(extra.is_empty(), "{} has unknown {extra:?}", lang.code());
        for (id, vars) in &english {
            assert_eq!(vars, &other[id], "{}: placeables of {id}", lang.code());
        }
    }
}

#[test]
fn every_message_formats_without_error_in_every_language() {
    for lang in Lang::ALL {
        let bundle = bundle(lang);
        for (id, vars) in placeables(lang) {
            let (message, attribute) = match id.split_once('.') {
                Some((m, a)) => (m.to_string(), Some(a.to_string())),
                None => (id.clone(), None),
            };
            let m = bundle.get_message(&message).expect("parsed, so present");
            let pattern = match &attribute {
                Some(a) => m.get_attribute(a).expect("parsed").value(),
                None => match m.value() {
                    Some(p) => p,
                    None => continue,
                },
            };
            // Numbers for every variable, then text: selectors see both kinds.
            for value in [FluentValue::from(1), FluentValue::from("x")] {
                let mut args = FluentArgs::new();
                for v in &vars {
                    args.set(v.clone(), value.clone());
                }
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
                assert!(errors.is_empty(), "{} {id}: {errors:?}", lang.code());
                assert!(!text.trim().is_empty(), "{} {id} is empty", lang.code());
            }
        }
    }
}

/// Every `tr("id"` and `.tr("id"` in the sources (the id on the same line or the next),
/// with the file it is in.
fn ids_used() -> Vec<(String, String)> {
    fn walk(dir: &std::path::Path, out: &mut Vec<(String, String)>) {
        for entry in std::fs::read_dir(dir).expect("src is readable") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs")
                && !path.ends_with("i18n/tests.rs")
            {
                let text = std::fs::read_to_string(&path).expect("utf-8 source");
                for (i, _) in text.match_indices("tr(") {
                    let before = text[..i].chars().last();
                    if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                        continue; // e.g. `attr(`, not a lookup
                    }
                    // The id may be on the next line, as rustfmt breaks long calls.
                    let Some(rest) = text[i + 3..].trim_start().strip_prefix('"') else {
                        continue;
                    };
                    let id: String = rest
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
                        .collect();
                    if rest[id.len()..].starts_with('"') && !id.is_empty() {
                        out.push((id, path.display().to_string()));
                    }
                }
            }
        }
    }
    let mut out = Vec::new();
    walk(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut out,
    );
    out
}

#[test]
fn every_id_the_code_uses_exists() {
    let english = placeables(Lang::En);
    let used = ids_used();
    assert!(!used.is_empty(), "the scan finds the lookups");
    for (id, file) in used {
        assert!(
            english.contains_key(&id),
            "{file} uses {id}, in none of the en/*.ftl files"
        );
    }
}

#[test]
fn a_missing_message_falls_back_to_its_id() {
    assert_eq!(Lang::Fr.tr("no-such-message", &[]), "no-such-message");
}

#[test]
fn plurals_follow_each_language() {
    // French counts 0 and 1 as singular, English and Spanish only 1.
    let n = |lang: Lang, count: u64| lang.tr("count-groups", &[("count", count.into())]);
    assert_eq!(n(Lang::En, 0), "0 groups");
    assert_eq!(n(Lang::En, 1), "1 group");
    assert_eq!(n(Lang::Fr, 0), "0 groupe");
    assert_eq!(n(Lang::Fr, 1), "1 groupe");
    assert_eq!(n(Lang::Fr, 2), "2 groupes");
    assert_eq!(n(Lang::Es, 0), "0 grupos");
    assert_eq!(n(Lang::Es, 1), "1 grupo");
}

#[test]
fn whole_numbers_are_grouped_as_each_language_writes_them() {
    let n = |lang: Lang, count: u64| lang.tr("count-groups", &[("count", count.into())]);
    assert_eq!(n(Lang::En, 999), "999 groups");
    assert_eq!(n(Lang::En, 1234), "1,234 groups");
    assert_eq!(n(Lang::En, 1_234_567), "1,234,567 groups");
    assert_eq!(n(Lang::Fr, 1234), "1\u{202f}234 groupes");
    assert_eq!(n(Lang::Fr, 1_234_567), "1\u{202f}234\u{202f}567 groupes");
    assert_eq!(
        n(Lang::Es, 1234),
        "1234 grupos",
        "RAE: four digits stay whole"
    );
    assert_eq!(n(Lang::Es, 12_345), "12\u{202f}345 grupos");
    // Each matches the simple rule: the digits, with the separator removed, are the number.
    for lang in Lang::ALL {
        for count in [0u64, 7, 10, 999, 1000, 10_000, 99_999, 100_000, 123_456_789] {
            let text = n(lang, count);
            let number: String = text.chars().filter(char::is_ascii_digit).collect();
            assert_eq!(number, count.to_string(), "{text}");
        }
    }
}

#[test]
fn tags_and_locales_find_their_language() {
    for (tag, lang) in [
        ("fr", Some(Lang::Fr)),
        ("fr-BE", Some(Lang::Fr)),
        ("fr_BE.UTF-8", Some(Lang::Fr)),
        ("fr_CA.UTF-8@euro", Some(Lang::Fr)),
        ("es_MX", Some(Lang::Es)),
        ("es-419", Some(Lang::Es)),
        ("ES", Some(Lang::Es)),
        ("en_GB.UTF-8", Some(Lang::En)),
        ("de_DE.UTF-8", None),
        ("pt-BR", None),
        ("", None),
        ("not a tag", None),
    ] {
        assert_eq!(from_tag(tag).map(|l| l.lang), lang, "{tag:?}");
    }
    for lang in Lang::ALL {
        assert_eq!(from_tag(lang.code()).map(|l| l.lang), Some(lang));
    }
}

#[test]
fn the_locale_follows_posix_precedence() {
    let env = |pairs: &'static [(&'static str, &'static str)]| {
        move |name: &str| {
            pairs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.to_string())
        }
    };
    let lang = |var| from_locale(var).map(|l| l.lang);
    assert_eq!(lang(env(&[("LANG", "fr_BE.UTF-8")])), Some(Lang::Fr));
    assert_eq!(
        lang(env(&[("LANG", "fr_FR.UTF-8"), ("LC_MESSAGES", "es_MX")])),
        Some(Lang::Es)
    );
    assert_eq!(
        lang(env(&[("LC_ALL", "C"), ("LANG", "fr_FR.UTF-8")])),
        None,
        "LC_ALL=C means the C locale, whatever LANG says"
    );
    assert_eq!(
        lang(env(&[("LC_ALL", ""), ("LANG", "es_ES.UTF-8")])),
        Some(Lang::Es),
        "an empty variable is as if unset"
    );
    assert_eq!(lang(env(&[("LANG", "C.UTF-8")])), None);
    assert_eq!(lang(env(&[])), None);
}

#[test]
fn the_region_of_the_tag_or_locale_gives_the_decimal_sign() {
    use super::Locale;
    let comma = |tag: &str| {
        let from_env = from_locale(|name| (name == "LANG").then(|| tag.to_string()));
        assert_eq!(from_env, from_tag(tag), "{tag}: one rule for both");
        from_env.map(|l: Locale| (l.lang, l.decimal_comma))
    };
    // Mexico speaks Spanish and writes a decimal point; Spain and Argentina a comma.
    assert_eq!(comma("es_MX.UTF-8"), Some((Lang::Es, false)));
    assert_eq!(comma("es-MX"), Some((Lang::Es, false)));
    assert_eq!(comma("es-419"), Some((Lang::Es, false)));
    assert_eq!(comma("es_US.UTF-8"), Some((Lang::Es, false)));
    assert_eq!(comma("es_ES.UTF-8"), Some((Lang::Es, true)));
    assert_eq!(comma("es"), Some((Lang::Es, true)));
    assert_eq!(comma("es_AR.UTF-8"), Some((Lang::Es, true)));
    assert_eq!(comma("es_CO"), Some((Lang::Es, true)));
    // CLDR: every French region writes a comma, Switzerland included.
    assert_eq!(comma("fr_CH.UTF-8"), Some((Lang::Fr, true)));
    assert_eq!(comma("fr_CA.UTF-8@euro"), Some((Lang::Fr, true)));
    // English writes a point, but South Africa and Germany a comma.
    assert_eq!(comma("en_US.UTF-8"), Some((Lang::En, false)));
    assert_eq!(comma("en_GB"), Some((Lang::En, false)));
    assert_eq!(comma("en_ZA.UTF-8"), Some((Lang::En, true)));
    assert_eq!(comma("en-DE"), Some((Lang::En, true)));
    // A language twin does not speak: no choice (English, a point, by default).
    assert_eq!(comma("de_DE.UTF-8"), None);
    for lang in Lang::ALL {
        assert_eq!(from_tag(lang.code()), Some(Locale::of(lang)));
    }
}
