//! The language of a run: `--lang`, else twin.toml's `lang`, else the locale (`LC_ALL`,
//! `LC_MESSAGES`, `LANG`, negotiated), else English; help, check's summary and names of
//! countries, languages and themes follow it.

use crate::harness::{EXAMPLES, twin};

const FRENCH: &str = "groupes par pays :";
const SPANISH: &str = "grupos por país:";
const ENGLISH: &str = "groups per country:";

fn check() -> crate::harness::Twin {
    twin(&["check", EXAMPLES])
}

#[test]
fn lang_chooses_the_language_of_check() {
    let fr = check().args(&["--lang", "fr"]).run();
    fr.ok()
        .stdout_has(FRENCH)
        .stdout_has("sécurité alimentaire 18");
    assert!(!fr.stdout.contains(ENGLISH), "{}", fr.stdout);
    let es = twin(&["--lang=es", "check", EXAMPLES]).run();
    es.ok()
        .stdout_has(SPANISH)
        .stdout_has("seguridad alimentaria 18");
    check()
        .run()
        .ok()
        .stdout_has(ENGLISH)
        .stdout_has("food security 18");
}

#[test]
fn the_locale_is_negotiated_with_posix_precedence() {
    check()
        .env("LANG", "fr_BE.UTF-8")
        .run()
        .ok()
        .stdout_has(FRENCH);
    check().env("LANG", "es_MX").run().ok().stdout_has(SPANISH);
    check()
        .env("LANG", "fr_FR.UTF-8")
        .env("LC_MESSAGES", "es_ES.UTF-8")
        .run()
        .ok()
        .stdout_has(SPANISH);
    check()
        .env("LANG", "fr_FR.UTF-8")
        .env("LC_ALL", "C")
        .run()
        .ok()
        .stdout_has(ENGLISH);
    check()
        .env("LANG", "de_DE.UTF-8")
        .run()
        .ok()
        .stdout_has(ENGLISH);
    // --lang wins over the locale.
    check()
        .env("LANG", "fr_FR.UTF-8")
        .args(&["--lang", "en"])
        .run()
        .ok()
        .stdout_has(ENGLISH);
}

#[test]
fn twin_toml_sets_the_language_and_lang_overrides_it() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("twin.toml"), "lang = \"es\"\n").unwrap();
    let examples = crate::harness::data_dir().join(EXAMPLES);
    let examples = examples.to_str().unwrap();
    let run = |args: &[&str]| {
        twin(args)
            .in_dir(dir.path())
            .env("LANG", "fr_FR.UTF-8")
            .run()
    };
    run(&["check", examples]).ok().stdout_has(SPANISH);
    run(&["--lang", "fr", "check", examples])
        .ok()
        .stdout_has(FRENCH);
    std::fs::write(dir.path().join("other.toml"), "lang = \"fr\"\n").unwrap();
    run(&["--config", "other.toml", "check", examples])
        .ok()
        .stdout_has(FRENCH);
}

#[test]
fn a_language_twin_does_not_speak_is_refused() {
    twin(&["--lang", "de", "check", EXAMPLES])
        .run()
        .code(2)
        .stderr_has("de");
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("twin.toml"),
        "# settings\nlang = \"deutsch\"\n",
    )
    .unwrap();
    let examples = crate::harness::data_dir().join(EXAMPLES);
    twin(&["check", examples.to_str().unwrap()])
        .in_dir(dir.path())
        .run()
        .code(1)
        .stderr_has("twin.toml:2")
        .stderr_has("\"deutsch\" is not a language twin speaks");
}

#[test]
fn help_is_in_the_language_of_the_run() {
    for (lang, words, files) in [
        (
            "fr",
            ["Utilisation :", "Afficher l’aide"],
            "Fichiers de profils",
        ),
        ("es", ["Uso:", "Mostrar la ayuda"], "Archivos de perfiles"),
    ] {
        let root = twin(&["--lang", lang, "--help"]).run();
        root.ok().stdout_has(words[0]).stdout_has(words[1]);
        for command in ["assign", "match", "check", "explain"] {
            let out = twin(&["--lang", lang, command, "--help"]).run();
            out.ok()
                .stdout_has(words[0])
                .stdout_has(words[1])
                .stdout_has(files);
        }
        for out in [root, twin(&["--lang", lang, "assign", "-h"]).run()] {
            assert!(!out.stdout.contains("Print help"), "{}", out.stdout);
            assert!(!out.stdout.contains("Possible values"), "{}", out.stdout);
            assert!(!out.stdout.contains("[default:"), "{}", out.stdout);
        }
    }
}

#[test]
fn the_plan_summary_is_in_the_language_of_the_run() {
    let english = [
        "without a twin",
        "seeking a twin",
        "total score",
        "no common language",
    ];
    for (lang, words) in [
        (
            "fr",
            [
                "sans jumelage",
                "note totale 1\u{202f}423,33",
                "aucune langue commune (42 groupes)",
            ],
        ),
        (
            "es",
            [
                "sin grupo hermano",
                "puntuación total 1423,33",
                "ningún idioma en común (42 grupos)",
            ],
        ),
    ] {
        let out = twin(&["--lang", lang, "assign", EXAMPLES, "--format", "csv"]).run();
        out.ok();
        for w in words {
            out.stderr_has(w);
        }
        for e in english {
            assert!(!out.stderr.contains(e), "{lang}: {e:?} in\n{}", out.stderr);
        }
        // CSV stays the machine contract: English header, decimal point.
        assert!(out.stdout.starts_with("rank,score,id_a,"), "{}", out.stdout);
        assert!(out.stdout.contains(",80.00,"), "{}", out.stdout);
    }
}

#[test]
fn table_headers_and_scores_are_in_the_language_of_the_run() {
    for (lang, header, score) in [
        (
            "fr",
            ["n°", "note", "groupe A", "thèmes partagés", "langues"],
            "80,00",
        ),
        (
            "es",
            [
                "n.º",
                "puntuación",
                "grupo A",
                "temas compartidos",
                "idiomas",
            ],
            "80,00",
        ),
        (
            "en",
            ["#", "score", "group A", "shared themes", "languages"],
            "80.00",
        ),
    ] {
        let out = twin(&["--lang", lang, "assign", EXAMPLES]).run();
        out.ok();
        let first = out.stdout.lines().next().unwrap();
        for h in header {
            assert!(first.contains(h), "{lang}: {h:?} not in {first:?}");
        }
        assert!(
            out.stdout.lines().nth(2).unwrap().contains(score),
            "{}",
            out.stdout
        );
    }
}
