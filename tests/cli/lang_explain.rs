//! `twin explain`, `twin review` and `twin match` in French and Spanish: the pair view, the
//! one-group view, a review of an edited plan and match's table and notes are in the run's
//! language (and no English sentence of theirs is left); the table names the shared themes
//! in it, while CSV keeps their ids.

use crate::harness::{EXAMPLES, Outcome, root_dir, twin};

/// `twin --lang LANG ARGS…`, run in `tests/data/`.
fn run(lang: &str, args: &[&str]) -> Outcome {
    twin(&["--lang", lang]).args(args).run()
}

#[track_caller]
fn lacks(text: &str, english: &[&str]) {
    for e in english {
        assert!(!text.contains(e), "English {e:?} is left in:\n{text}");
    }
}

/// The English of the pair view, which a French or Spanish run must not print.
const PAIR_ENGLISH: [&str; 8] = [
    "eligible: ",
    "score: ",
    "themes (points",
    "share of",
    "theme overlap",
    "language overlap",
    "sum of weights",
    "food-security",
];

#[test]
fn the_pair_view_is_in_french_and_spanish() {
    for (lang, words) in [
        (
            "fr",
            [
                "admissible : oui",
                "note : 80,00 / 100",
                "thèmes (points : * = prioritaire, 2 points ; les autres, 1 point)",
                "  PE-ARE : sécurité alimentaire*, santé,",
                "recouvrement des thèmes (moyenne des parts) : 0,750",
                "     = 100 × (0,8 × 0,750 + 0,2 × 1,000) / 1",
                "     = 60,00 (thèmes) + 20,00 (langues) = 80,00",
            ],
        ),
        (
            "es",
            [
                "elegible: sí",
                "puntuación: 80,00 / 100",
                "temas (puntos: * = prioritario, 2 puntos; los demás, 1 punto)",
                "  PE-ARE: seguridad alimentaria*, salud,",
                "coincidencia de temas (media de las partes): 0,750",
                "           = 100 × (0,8 × 0,750 + 0,2 × 1,000) / 1",
                "           = 60,00 (temas) + 20,00 (idiomas) = 80,00",
            ],
        ),
    ] {
        let out = run(lang, &["explain", EXAMPLES, "PE-ARE", "MX-MEX"]);
        out.ok();
        for w in words {
            out.stdout_has(w);
        }
        lacks(&out.stdout, &PAIR_ENGLISH);
    }
}

#[test]
fn the_rules_excluding_a_pair_are_in_french_and_spanish() {
    for (lang, words) in [
        (
            "fr",
            [
                "admissible : non",
                "  ✗ même pays : FR (France) pour les deux",
                "note si la paire était admissible : 56,00 / 100",
            ],
        ),
        (
            "es",
            [
                "elegible: no",
                "  ✗ mismo país: ambos están en FR (Francia)",
                "puntuación si fuera elegible: 56,00 / 100",
            ],
        ),
    ] {
        let out = run(lang, &["explain", EXAMPLES, "FR-LYO", "FR-PAR"]);
        out.ok();
        for w in words {
            out.stdout_has(w);
        }
        lacks(&out.stdout, &PAIR_ENGLISH);
        lacks(&out.stdout, &["same country", "both are in", "if eligible"]);
    }
    let out = run("fr", &["explain", EXAMPLES, "TH-BKK", "FR-PAR"]);
    out.ok()
        .stdout_has("aucune langue commune : TH-BKK parle th ; FR-PAR parle fr")
        .stdout_has("en commun : néant");
    lacks(&out.stdout, &["no common language", "speaks", "none"]);
}

#[test]
fn where_a_group_stands_is_in_french_and_spanish() {
    let english = [
        "capacity",
        "eligible partners",
        "excluded by the rules",
        "best candidates",
        "languages fr",
        "explains one pair",
        "lists every candidate",
    ];
    for (lang, words) in [
        (
            "fr",
            [
                "FR-LYO AIC Lyon Croix-Rousse (FR) : capacité 2",
                "partenaires admissibles : 26 sur 42 autres groupes",
                "  même pays : 4 groupes",
                "meilleurs candidats :",
                "   1.  74,00  MG-TNR",
                "thèmes sécurité alimentaire, accès à",
                "(`twin explain FICHIERS… FR-LYO ID` explique une paire ;",
            ],
        ),
        (
            "es",
            [
                "FR-LYO AIC Lyon Croix-Rousse (FR): capacidad 2",
                "candidatos elegibles: 26 de los otros 42 grupos",
                "  mismo país: 4 grupos",
                "mejores candidatos:",
                "   1.  74,00  MG-TNR",
                "temas seguridad alimentaria, acceso a la educación; idiomas fr",
                " `twin match ARCHIVOS… --group FR-LYO` muestra todos sus candidatos)",
            ],
        ),
    ] {
        let out = run(lang, &["explain", EXAMPLES, "FR-LYO"]);
        out.ok();
        for w in words {
            out.stdout_has(w);
        }
        lacks(&out.stdout, &english);
    }
    // A group no other can pair with.
    let out = run("es", &["explain", EXAMPLES, "TH-BKK"]);
    out.ok()
        .stdout_has("ningún idioma en común: 42 grupos")
        .stdout_has("mejores candidatos: ninguno");
    lacks(&out.stdout, &["best candidates", "none"]);
}

#[test]
fn a_review_of_an_edited_plan_is_in_french_and_spanish() {
    let dir = tempfile::tempdir().unwrap();
    let examples = root_dir().join("examples/groups.csv");
    let examples = examples.to_str().unwrap();
    // Twin's own plan with its first pair removed, a same-country pair that also puts two
    // groups over their capacity, and an unknown id.
    twin(&["assign", examples, "-o", "plan.csv"])
        .in_dir(dir.path())
        .run()
        .ok();
    let plan = std::fs::read_to_string(dir.path().join("plan.csv")).unwrap();
    let mut lines: Vec<&str> = plan.lines().collect();
    let removed = lines.remove(1).to_string();
    assert!(removed.contains(",AR-BUE,"), "{removed}");
    lines.push("99,0,FR-LYO,x,FR,FR-PAR,y,FR,,");
    lines.push("99,0,XX-NOPE,x,BE,FR-LYO,y,FR,,");
    std::fs::write(dir.path().join("edited.csv"), lines.join("\n") + "\n").unwrap();

    let english = [
        "review of",
        "status",
        "over capacity",
        "places left",
        "places used",
        "best plan",
        "blocking pairs",
        "left out but could",
        "would take it",
        "single changes",
        "exchange partners",
        "replace",
        "unknown",
        "same country",
        "each is listed",
    ];
    for (lang, words) in [
        (
            "fr",
            [
                "contrôle de edited.csv : 25 lignes ; réseau de 43 groupes",
                " ligne    note   groupe A",
                "✗ même pays ; FR-LYO au-delà de sa capacité (3 paires pour 2 places) ; FR-PAR au-delà de sa capacité (2 paires pour 1 place)",
                "XX-NOPE (inconnu)",
                "✗ id inconnu XX-NOPE",
                "  au-delà de la capacité (paires/capacité) : FR-LYO 3/2, FR-PAR 2/1",
                "meilleur plan (optimal, mêmes règles, mêmes paires convenues ou refusées) : 24 paires, note totale 1\u{202f}423,33, 41 groupes jumelés",
                "  AR-BUE AIC Buenos Aires (AR) : ES-MAD (80,00) l’accepterait ; le meilleur plan le jumelle avec ES-MAD (80,00)",
                "  +80,00  ajouter AR-BUE – ES-MAD 80,00",
                "4 problèmes : chacun est indiqué sur la sortie d’erreur, avec sa ligne",
            ],
        ),
        (
            "es",
            [
                "revisión de edited.csv: 25 líneas; red de 43 grupos",
                " línea   puntuación   grupo A",
                "✗ mismo país; FR-LYO supera su capacidad (3 pares para 2 plazas); FR-PAR supera su capacidad (2 pares para 1 plaza)",
                "XX-NOPE (desconocido)",
                "✗ id desconocido XX-NOPE",
                "  por encima de la capacidad (pares/capacidad): FR-LYO 3/2, FR-PAR 2/1",
                "mejor plan (optimal, mismas reglas, mismos pares acordados o vetados): 24 pares, puntuación total 1423,33, 41 grupos hermanados",
                "  AR-BUE AIC Buenos Aires (AR): ES-MAD (80,00) lo aceptaría; el mejor plan lo hermana con ES-MAD (80,00)",
                "  +80,00  añadir AR-BUE – ES-MAD 80,00",
                "4 problemas: cada uno aparece en la salida de errores, con su línea",
            ],
        ),
    ] {
        let out = twin(&["--lang", lang, "review", "edited.csv", examples])
            .in_dir(dir.path())
            .run();
        out.code(1);
        for w in words {
            out.stdout_has(w);
        }
        lacks(&out.stdout, &english);
    }
}

#[test]
fn match_names_the_shared_themes_in_the_language_and_csv_keeps_the_ids() {
    let english = [
        "has no eligible partner",
        "has no candidate",
        "no common language",
    ];
    for (lang, words, note) in [
        (
            "fr",
            [
                "thèmes partagés",
                "sécurité alimentaire, personnes âgées",
                "80,00",
            ],
            "remarque : TH-BKK n’a aucun partenaire admissible : aucune langue commune (42 groupes)",
        ),
        (
            "es",
            [
                "temas compartidos",
                "seguridad alimentaria, personas mayores",
                "80,00",
            ],
            "TH-BKK no tiene ningún candidato elegible: ningún idioma en común (42 grupos)",
        ),
    ] {
        let out = run(lang, &["match", EXAMPLES]);
        out.ok().stderr_has(note);
        for w in words {
            out.stdout_has(w);
        }
        lacks(&out.stdout, &["food-security", "food security", "elderly"]);
        lacks(&out.stderr, &english);
        // CSV is the machine contract: theme ids, whatever the language.
        let csv = run(lang, &["match", EXAMPLES, "--format", "csv"]);
        csv.ok()
            .stdout_has(",food-security; elderly,es")
            .stdout_has("shared_themes");
        lacks(&csv.stdout, &["sécurité", "seguridad"]);
    }
    // In English the table names the themes too.
    let out = twin(&["match", EXAMPLES, "--top", "3"]).run();
    out.ok().stdout_has("food security, elderly");
    lacks(&out.stdout, &["food-security"]);
}
