//! Problems in the groups' profiles and in twin.toml's values, in French and Spanish: each
//! broken input is run under `--lang fr` and `--lang es`, and the test checks the exit
//! code, a translated phrase and the absence of the English one. A suggestion names the
//! entry as the run's language does, with the code twin also accepts.

use std::path::Path;

use crate::harness::{Outcome, twin};

const HEADER: &str = "id,name,country,languages,themes,capacity,twins\n";

fn write(dir: &Path, name: &str, text: &str) -> String {
    std::fs::write(dir.join(name), text).unwrap();
    name.to_string()
}

/// `twin --lang LANG ARGS…` run in `dir`.
fn run(dir: &Path, lang: &str, args: &[&str]) -> Outcome {
    twin(&["--lang", lang]).args(args).in_dir(dir).run()
}

/// Every `(translated, english)` pair: the first in stderr, the second not.
#[track_caller]
fn says(out: &Outcome, lang: &str, pairs: &[(&str, &str)]) {
    for (translated, english) in pairs {
        assert!(
            out.stderr.contains(translated),
            "{lang}: {translated:?} not in\n{}",
            out.stderr
        );
        assert!(
            !out.stderr.contains(english),
            "{lang}: English {english:?} in\n{}",
            out.stderr
        );
    }
}

#[test]
fn profile_problems_are_in_the_language_of_the_run() {
    let dir = tempfile::tempdir().unwrap();
    let f = write(
        dir.path(),
        "bad.csv",
        &format!(
            "{HEADER}A-1,A,Frence,fr,health,1,\nA-2,B,FR,fr,helth,1,\nA-3,C,ES,Englsh,health,two,\n\
             A-4,,ES,es,health,-1,\nA-5,E,ES,es,health,1,\nA-5,F,PE,es,health,1,\nA-6,G,PE,klingon,health,1,\n"
        ),
    );
    let english = [
        "unknown country",
        "did you mean",
        "unknown theme",
        "unknown language",
        "invalid capacity",
        "missing name",
        "duplicate id",
        "in column",
    ];
    for (lang, pairs) in [
        (
            "fr",
            [
                "pays inconnu « Frence » dans la colonne « country » — vouliez-vous dire « France » (FR) ?",
                "thème inconnu « helth » dans la colonne « themes » — vouliez-vous dire « santé » (health) ?",
                "langue inconnue « Englsh » dans la colonne « languages » — vouliez-vous dire « anglais » (en) ?",
                "capacité « two » invalide dans la colonne « capacity »",
                "capacité « -1 » invalide",
                "nom manquant : la colonne « name » est vide",
                "identifiant « A-5 » en double (première occurrence : bad.csv:6)",
            ],
        ),
        (
            "es",
            [
                "país desconocido «Frence» en la columna «country» — ¿quiso decir «Francia» (FR)?",
                "tema desconocido «helth» en la columna «themes» — ¿quiso decir «salud» (health)?",
                "idioma desconocido «Englsh» en la columna «languages» — ¿quiso decir «inglés» (en)?",
                "capacidad «two» no válida en la columna «capacity»",
                "capacidad «-1» no válida",
                "falta el nombre: la columna «name» está vacía",
                "identificador «A-5» duplicado (usado antes en bad.csv:6)",
            ],
        ),
    ] {
        let out = run(dir.path(), lang, &["check", &f]);
        out.code(1);
        for (translated, english) in pairs.iter().zip(english) {
            says(&out, lang, &[(translated, english)]);
        }
    }
}

#[test]
fn the_suggested_names_are_spellings_twin_accepts() {
    // The French and Spanish names a suggestion gives are read back as the same entries.
    let dir = tempfile::tempdir().unwrap();
    let f = write(
        dir.path(),
        "good.csv",
        &format!(
            "{HEADER}A-1,A,France,anglais,santé,1,\nA-2,B,Francia,inglés,salud,1,\nA-3,C,FR,en,health,1,\n"
        ),
    );
    let out = run(dir.path(), "en", &["check", &f]);
    out.ok().stdout_has("France 3").stdout_has("English 3");
}

#[test]
fn twins_notes_are_in_the_language_of_the_run() {
    let dir = tempfile::tempdir().unwrap();
    let twins: Vec<String> = (0..7).map(|i| format!("Z-{i}")).collect();
    let f = write(
        dir.path(),
        "g.csv",
        &format!(
            "{HEADER}FR-1,F,FR,fr,health,1,FR-1;{}\nBE-1,B,BE,fr,health,1,\n",
            twins.join(";")
        ),
    );
    for (lang, pairs) in [
        (
            "fr",
            [
                (
                    "le groupe « FR-1 » se cite lui-même dans `twins` ; ignoré",
                    "lists itself",
                ),
                (
                    "le groupe « FR-1 » est jumelé avec « Z-0 », qui ne figure pas dans les données ; ignoré",
                    "not in the input",
                ),
                (
                    "… et 2 autres groupes jumelés avec « FR-1 » qui ne figurent pas dans les données ; ignorés",
                    "more twins",
                ),
            ],
        ),
        (
            "es",
            [
                (
                    "el grupo «FR-1» se incluye a sí mismo en `twins`; se ignora",
                    "lists itself",
                ),
                (
                    "el grupo hermano «Z-0» del grupo «FR-1» no está en los datos; se ignora",
                    "not in the input",
                ),
                (
                    "… y 2 grupos hermanos más del grupo «FR-1» que no están en los datos; se ignoran",
                    "more twins",
                ),
            ],
        ),
    ] {
        let out = run(dir.path(), lang, &["check", &f]);
        out.ok();
        says(&out, lang, &pairs);
    }
}

#[test]
fn twin_toml_values_are_in_the_language_of_the_run() {
    let dir = tempfile::tempdir().unwrap();
    let groups = write(
        dir.path(),
        "g.csv",
        &format!("{HEADER}FR-1,F,FR,fr,health,1,\nBE-1,B,BE,fr,health,1,\n"),
    );
    // Picked up as ./twin.toml, with a language twin does not speak (--lang wins).
    write(
        dir.path(),
        "twin.toml",
        "lang = \"deutsch\"\npriority_themes = [\"food securty\"]\n[weights]\nthemes = -1\npriority = 0\n[match]\nper_group = 0\n",
    );
    for (lang, pairs) in [
        (
            "fr",
            [
                (
                    "twin.toml:1: lang = \"deutsch\" n’est pas une langue de twin : choisissez \"en\", \"fr\" ou \"es\"",
                    "is not a language twin speaks",
                ),
                (
                    "twin.toml:2: thème inconnu « food securty » dans `priority_themes` — vouliez-vous dire « sécurité alimentaire » (food-security) ?",
                    "unknown theme",
                ),
                (
                    "twin.toml:4: `weights.themes` doit être un nombre de 0 à",
                    "must be a number",
                ),
                (
                    "twin.toml:5: `weights.priority` doit être un nombre de 1e-11 à",
                    "beyond these",
                ),
                (
                    "twin.toml:7: `match.per_group` doit être ≥ 1, et non 0",
                    "got 0",
                ),
            ],
        ),
        (
            "es",
            [
                (
                    "twin.toml:1: lang = \"deutsch\" no es un idioma de twin: use \"en\", \"fr\" o \"es\"",
                    "is not a language twin speaks",
                ),
                (
                    "twin.toml:2: tema desconocido «food securty» en `priority_themes` — ¿quiso decir «seguridad alimentaria» (food-security)?",
                    "unknown theme",
                ),
                (
                    "twin.toml:4: `weights.themes` debe ser un número de 0 a",
                    "must be a number",
                ),
                (
                    "twin.toml:5: `weights.priority` debe ser un número de 1e-11 a",
                    "beyond these",
                ),
                ("twin.toml:7: `match.per_group` debe ser ≥ 1, no 0", "got 0"),
            ],
        ),
    ] {
        let out = run(dir.path(), lang, &["check", &groups]);
        out.code(1).stdout_empty();
        says(&out, lang, &pairs);
    }
}

#[test]
fn an_unknown_twin_toml_key_gets_a_suggestion_in_the_language_of_the_run() {
    let dir = tempfile::tempdir().unwrap();
    let groups = write(
        dir.path(),
        "g.csv",
        &format!("{HEADER}FR-1,F,FR,fr,health,1,\n"),
    );
    let config = write(dir.path(), "c.toml", "# weights\n[wieghts]\nthemes = 2\n");
    let keys = "`lang`, `priority_themes`, `weights`, `rules`, `match`, `themes`, `columns`";
    for (lang, said) in [
        (
            "en",
            "unknown key `wieghts` — did you mean `weights`? The keys here are ",
        ),
        (
            "fr",
            "clé inconnue `wieghts` — vouliez-vous dire `weights` ? Les clés possibles ici sont ",
        ),
        (
            "es",
            "clave desconocida `wieghts` — ¿quiso decir `weights`? Las claves posibles aquí son ",
        ),
    ] {
        let out = run(dir.path(), lang, &["check", "--config", &config, &groups]);
        out.code(1)
            .stderr_has(&format!("c.toml:2: {said}{keys}"))
            .stderr_lacks("unknown field");
    }
    // Nothing close: the keys of that table, without a guess.
    let config = write(dir.path(), "d.toml", "[weights]\nzzz = 2\n");
    run(dir.path(), "fr", &["check", "--config", &config, &groups])
        .code(1)
        .stderr_has(
            "d.toml:2: clé inconnue `zzz` : les clés possibles ici sont `themes`, `languages`, `priority`",
        );
}

#[test]
fn a_twin_toml_value_of_the_wrong_type_is_named_in_the_language_of_the_run() {
    let dir = tempfile::tempdir().unwrap();
    let groups = write(
        dir.path(),
        "g.csv",
        &format!("{HEADER}FR-1,F,FR,fr,health,1,\n"),
    );
    let config = write(dir.path(), "c.toml", "[rules]\ncommon_language = \"yes\"\n");
    for (lang, said) in [
        (
            "fr",
            "c.toml:2: `common_language` doit être true ou false, dans `common_language = \"yes\"`",
        ),
        (
            "es",
            "c.toml:2: `common_language` debe ser true o false, en `common_language = \"yes\"`",
        ),
    ] {
        run(dir.path(), lang, &["check", "--config", &config, &groups])
            .code(1)
            .stderr_has(said)
            .stderr_lacks("invalid type");
    }
}
