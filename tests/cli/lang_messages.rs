//! twin's own errors, warnings and notes in French and Spanish: clap's usage errors said in
//! twin's words, the usage lines of help, I/O failures, output refusals, a plan too large,
//! contradicting pair lists. Each keeps its exit code; the translated phrase is there and
//! the English one is not.

use crate::harness::{EXAMPLES, Outcome, twin};

/// What a run in `lang` must say, and the English it must not.
struct Said {
    lang: &'static str,
    has: &'static [&'static str],
}

/// Runs `args` in each language of `said`: exit `code`, each phrase of that language on
/// stderr, none of `english`.
#[track_caller]
fn said(args: &[&str], code: i32, said: &[Said], english: &[&str]) -> Vec<Outcome> {
    said.iter()
        .map(|s| {
            let out = twin(&["--lang", s.lang]).args(args).run();
            out.code(code);
            for phrase in s.has {
                out.stderr_has(phrase);
            }
            for phrase in english {
                out.stderr_lacks(phrase);
            }
            out
        })
        .collect()
}

#[test]
fn an_unknown_option_is_told_with_its_tip_and_usage() {
    said(
        &["assign", "--methd", "x"],
        2,
        &[
            Said {
                lang: "fr",
                has: &[
                    "erreur : argument inattendu « --methd »",
                    "astuce : un argument proche existe : « --method »",
                    "Utilisation : twin assign [OPTIONS] <FICHIERS>...",
                    "Pour en savoir plus, essayez « --help ».",
                ],
            },
            Said {
                lang: "es",
                has: &[
                    "error: argumento inesperado '--methd'",
                    "sugerencia: existe un argumento parecido: '--method'",
                    "Uso: twin assign [OPCIONES] <ARCHIVOS>...",
                    "Para más información, pruebe '--help'.",
                ],
            },
        ],
        &[
            "unexpected argument",
            "tip:",
            "Usage:",
            "For more information",
        ],
    );
    said(
        &["assign", EXAMPLES, "--zzzz"],
        2,
        &[
            Said {
                lang: "fr",
                has: &["pour passer « --zzzz » comme valeur, écrivez « -- --zzzz »"],
            },
            Said {
                lang: "es",
                has: &["para pasar '--zzzz' como valor, use '-- --zzzz'"],
            },
        ],
        &["to pass", "as a value"],
    );
    // English stays clap's.
    twin(&["assign", "--methd", "x"])
        .run()
        .code(2)
        .stderr_has("error: unexpected argument '--methd' found")
        .stderr_has("Usage: twin assign");
}

#[test]
fn an_invalid_value_lists_the_possible_ones() {
    said(
        &["assign", "--method", "nope", EXAMPLES],
        2,
        &[
            Said {
                lang: "fr",
                has: &[
                    "valeur « nope » invalide pour « --method <MÉTHODE> »",
                    "[valeurs possibles : optimal, coverage, fair, stable]",
                ],
            },
            Said {
                lang: "es",
                has: &[
                    "valor 'nope' no válido para '--method <MÉTODO>'",
                    "[valores posibles: optimal, coverage, fair, stable]",
                ],
            },
        ],
        &["invalid value", "possible values"],
    );
    said(
        &["assign", "--method", "optimla", EXAMPLES],
        2,
        &[
            Said {
                lang: "fr",
                has: &["astuce : une valeur proche existe : « optimal »"],
            },
            Said {
                lang: "es",
                has: &["sugerencia: existe un valor parecido: 'optimal'"],
            },
        ],
        &["a similar value"],
    );
    said(
        &["match", EXAMPLES, "--top", "0"],
        2,
        &[
            Said {
                lang: "fr",
                has: &["« 0 » n’est pas un nombre entier de 1 ou plus"],
            },
            Said {
                lang: "es",
                has: &["«0» no es un número entero de 1 o más"],
            },
        ],
        &["invalid value", "is not in"],
    );
    said(
        &["match", EXAMPLES, "--top", "2", "--all"],
        2,
        &[
            Said {
                lang: "fr",
                has: &["l’argument « --top <N> » ne peut pas servir avec « --all »"],
            },
            Said {
                lang: "es",
                has: &["el argumento '--top <N>' no se puede usar con '--all'"],
            },
        ],
        &["cannot be used with"],
    );
}

#[test]
fn a_missing_subcommand_or_file_is_told_with_the_translated_usage() {
    said(
        &[],
        2,
        &[
            Said {
                lang: "fr",
                has: &[
                    "« twin » attend une sous-commande",
                    "[sous-commandes : match, explain",
                    "Utilisation : twin [OPTIONS] <COMMANDE>",
                ],
            },
            Said {
                lang: "es",
                has: &[
                    "'twin' necesita un subcomando",
                    "[subcomandos: match, explain",
                    "Uso: twin [OPCIONES] <COMANDO>",
                ],
            },
        ],
        &["requires a subcommand", "<COMMAND>", "[OPTIONS] <COMANDO>"],
    );
    said(
        &["assign"],
        2,
        &[
            Said {
                lang: "fr",
                has: &["ces arguments obligatoires manquent :\n  <FICHIERS>..."],
            },
            Said {
                lang: "es",
                has: &["faltan estos argumentos obligatorios:\n  <ARCHIVOS>..."],
            },
        ],
        &["the following required arguments", "<FILES>"],
    );
    said(
        &["frobnicate"],
        2,
        &[
            Said {
                lang: "fr",
                has: &["sous-commande inconnue « frobnicate »"],
            },
            Said {
                lang: "es",
                has: &["subcomando desconocido 'frobnicate'"],
            },
        ],
        &["unrecognized subcommand"],
    );
}

#[test]
fn help_usage_lines_are_translated() {
    for (lang, lines) in [
        (
            "fr",
            [
                "Utilisation : twin [OPTIONS] <COMMANDE>",
                "Utilisation : twin review [OPTIONS] <PLAN> <FICHIERS>...",
                "Utilisation : twin explain [OPTIONS] <FICHIERS>... <ID_A> [ID_B]",
            ],
        ),
        (
            "es",
            [
                "Uso: twin [OPCIONES] <COMANDO>",
                "Uso: twin review [OPCIONES] <PLAN> <ARCHIVOS>...",
                "Uso: twin explain [OPCIONES] <ARCHIVOS>... <ID_A> [ID_B]",
            ],
        ),
    ] {
        for (args, line) in [
            &["--help"][..],
            &["review", "--help"],
            &["explain", "--help"],
        ]
        .into_iter()
        .zip(lines)
        {
            let out = twin(&["--lang", lang]).args(args).run();
            out.ok().stdout_has(line);
            assert!(
                !out.stdout.contains("<FILES>"),
                "{lang} {args:?}: {}",
                out.stdout
            );
        }
    }
}

#[test]
fn files_that_cannot_be_read_or_written_are_told_by_their_failure() {
    for args in [
        &["assign", "missing.csv"][..],
        &["assign", EXAMPLES, "-o", "/nonexistent-twin-dir/x.csv"],
    ] {
        let outs = said(
            args,
            1,
            &[
                Said {
                    lang: "fr",
                    has: &["erreur : ", " : fichier ou dossier introuvable"],
                },
                Said {
                    lang: "es",
                    has: &["error: ", ": no existe el archivo o la carpeta"],
                },
            ],
            &["No such file", "os error"],
        );
        for out in outs {
            out.stdout_empty();
        }
    }
}

#[test]
fn output_refusals_are_translated() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("out.csv"), "old").unwrap();
    let examples = crate::harness::data_dir().join(EXAMPLES);
    let examples = examples.to_str().unwrap();
    for (lang, phrase) in [
        (
            "fr",
            "erreur : out.csv existe déjà ; ajoutez --force pour le remplacer",
        ),
        (
            "es",
            "error: out.csv ya existe; añada --force para reemplazarlo",
        ),
    ] {
        twin(&["--lang", lang, "assign", examples, "-o", "out.csv"])
            .in_dir(dir.path())
            .run()
            .code(1)
            .stderr_has(phrase)
            .stderr_lacks("already exists");
    }
    for (lang, phrase) in [
        ("fr", "est le fichier de profils"),
        ("es", "es el archivo de perfiles"),
    ] {
        twin(&[
            "--lang", lang, "assign", examples, "-o", examples, "--force",
        ])
        .run()
        .code(2)
        .stderr_has(phrase)
        .stderr_lacks("never writes over");
    }
    assert_eq!(
        std::fs::read_to_string(dir.path().join("out.csv")).unwrap(),
        "old"
    );
}

#[test]
fn an_optimal_plan_too_large_is_refused_in_the_language_of_the_run() {
    // Just over the limit: three countries of g groups, all eligible with each other.
    let limit = twin::internals::plan::MAX_OPTIMAL_PAIRS;
    let g = ((limit / 3) as f64).sqrt() as usize + 1;
    let dir = tempfile::tempdir().unwrap();
    let mut text = String::from("id,name,country,languages,themes,capacity\n");
    for country in ["FR", "BE", "CA"] {
        for i in 0..g {
            text.push_str(&format!("{country}-{i},G {i},{country},fr,health,1\n"));
        }
    }
    std::fs::write(dir.path().join("big.csv"), text).unwrap();
    for (lang, phrases) in [
        (
            "fr",
            [
                "paires admissibles",
                "10\u{202f}000\u{202f}000 paires au plus",
            ],
        ),
        (
            "es",
            [
                "pares elegibles",
                "10\u{202f}000\u{202f}000 pares como máximo",
            ],
        ),
    ] {
        let out = twin(&["--lang", lang, "assign", "big.csv", "-o", "plan.csv"])
            .in_dir(dir.path())
            .run();
        out.code(1).stdout_empty().stderr_has("--method stable");
        for p in phrases {
            out.stderr_has(p);
        }
        out.stderr_lacks("eligible pairs");
        assert!(!dir.path().join("plan.csv").exists(), "nothing is written");
    }
}

#[test]
fn contradicting_pair_lists_are_told_in_the_language_of_the_run() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("k.csv"), "id_a,id_b\nES-MAD,MX-MEX\n").unwrap();
    std::fs::write(dir.path().join("f.csv"), "id_a,id_b\nMX-MEX,ES-MAD\n").unwrap();
    std::fs::write(
        dir.path().join("k2.csv"),
        "id_a,id_b\nES-MAD,MX-MEZ\nES-MAD,MX-MEX\n",
    )
    .unwrap();
    let examples = crate::harness::data_dir().join(EXAMPLES);
    let examples = examples.to_str().unwrap();
    let run = |lang: &str, args: &[&str]| {
        let out = twin(&["--lang", lang, "assign", examples, "-o", "out.csv"])
            .args(args)
            .in_dir(dir.path())
            .run();
        out.code(1).stdout_empty();
        assert!(!dir.path().join("out.csv").exists(), "nothing is written");
        out
    };
    let both = ["--keep", "k.csv", "--forbid", "f.csv", "--history", "f.csv"];
    run("fr", &both)
        .stderr_has(
            "erreur : k.csv:2: la paire convenue ES-MAD – MX-MEX est aussi refusée par --forbid (f.csv:2)",
        )
        .stderr_has("est déjà jumelée selon --history (f.csv:2)")
        .stderr_has("erreur : 2 problèmes trouvés")
        .stderr_lacks("kept pair")
        .stderr_lacks("problems found");
    run("es", &both)
        .stderr_has(
            "error: k.csv:2: el par acordado ES-MAD – MX-MEX también está vetado por --forbid (f.csv:2)",
        )
        .stderr_has("ya está hermanado según --history (f.csv:2)")
        .stderr_has("error: 2 problemas encontrados")
        .stderr_lacks("kept pair")
        .stderr_lacks("problems found");
    let again = ["--keep", "k2.csv", "--keep", "k.csv"];
    run("fr", &again)
        .stderr_has("remarque : k.csv:2: la paire ES-MAD – MX-MEX figure de nouveau dans les fichiers --keep (d’abord en k2.csv:3)")
        .stderr_has("dans ce fichier des paires convenues : aucun groupe n’a l’identifiant « MX-MEZ » — vouliez-vous dire « MX-MEX » ?")
        .stderr_lacks("note:")
        .stderr_lacks("listed again")
        .stderr_lacks("did you mean");
    run("es", &again)
        .stderr_has("aviso: k.csv:2: el par ES-MAD – MX-MEX aparece de nuevo en los archivos --keep (primero en k2.csv:3)")
        .stderr_has("en este archivo de pares acordados: ningún grupo tiene el identificador «MX-MEZ»; ¿quiso decir «MX-MEX»?")
        .stderr_lacks("note:")
        .stderr_lacks("listed again")
        .stderr_lacks("did you mean");
}

#[test]
fn the_note_of_an_implicit_twin_toml_is_translated() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("twin.toml"), "[match]\nper_group = 5\n").unwrap();
    let examples = crate::harness::data_dir().join(EXAMPLES);
    let examples = examples.to_str().unwrap();
    for (lang, phrase) in [
        (
            "fr",
            "remarque : utilisation de twin.toml de ce dossier, qui change match.per_group 3 → 5",
        ),
        (
            "es",
            "aviso: se usa twin.toml de esta carpeta, que cambia match.per_group 3 → 5",
        ),
    ] {
        twin(&["--lang", lang, "match", examples])
            .in_dir(dir.path())
            .run()
            .ok()
            .stderr_has(phrase)
            .stderr_lacks("from this folder");
    }
}
