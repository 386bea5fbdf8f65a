//! The xlsx workbook in French and Spanish (`--lang fr|es --format xlsx`): its sheet names,
//! header rows and summary in the run's language, numbers still number cells; and twin reading
//! such a workbook back: `--keep`, `--history`, `--forbid` and `twin review` take a French or
//! Spanish plan in any run's language.

use std::io::Cursor;
use std::path::Path;

use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};

use crate::harness::{EXAMPLES, PAIR_COLUMNS, twin};

/// What a workbook in one language must say (written out here, not taken from the program).
struct Words {
    lang: &'static str,
    pairs: &'static str,
    groups: &'static str,
    summary: &'static str,
    header: [&'static str; 10],
    /// Summary labels and the value each has for the example's optimal plan.
    figures: [(&'static str, f64); 3],
    left_out_header: [&'static str; 4],
    /// The start of TH-BKK's reason.
    reason: &'static str,
}

const FRENCH: Words = Words {
    lang: "fr",
    pairs: "paires",
    groups: "groupes",
    summary: "résumé",
    header: [
        "rang",
        "note",
        "identifiant A",
        "nom A",
        "pays A",
        "identifiant B",
        "nom B",
        "pays B",
        "thèmes partagés",
        "langues partagées",
    ],
    figures: [
        ("paires", 24.0),
        ("groupes qui cherchent un jumelage", 42.0),
        ("note totale", 1423.33),
    ],
    left_out_header: ["groupes sans jumelage", "nom", "pays", "raison"],
    reason: "aucun partenaire admissible",
};

const SPANISH: Words = Words {
    lang: "es",
    pairs: "pares",
    groups: "grupos",
    summary: "resumen",
    header: [
        "puesto",
        "puntuación",
        "identificador A",
        "nombre A",
        "país A",
        "identificador B",
        "nombre B",
        "país B",
        "temas compartidos",
        "idiomas compartidos",
    ],
    figures: [
        ("pares", 24.0),
        ("grupos que buscan un grupo hermano", 42.0),
        ("puntuación total", 1423.33),
    ],
    left_out_header: ["grupos sin grupo hermano", "nombre", "país", "motivo"],
    reason: "ningún candidato elegible",
};

fn json(bytes: &[u8]) -> serde_json::Value {
    serde_json::from_slice(bytes).unwrap()
}

fn book(bytes: &[u8]) -> Xlsx<Cursor<Vec<u8>>> {
    open_workbook_from_rs(Cursor::new(bytes.to_vec())).unwrap()
}

fn cells(bytes: &[u8], sheet: &str) -> Vec<Vec<Data>> {
    let range = book(bytes).worksheet_range(sheet).unwrap();
    range.rows().map(|r| r.to_vec()).collect()
}

fn text(row: &[Data]) -> Vec<String> {
    row.iter().map(|c| c.to_string()).collect()
}

/// `twin --lang LANG assign EXAMPLES ARGS… -o dir/NAME`, which must succeed; the bytes.
fn workbook(dir: &Path, lang: &str, name: &str, args: &[&str]) -> Vec<u8> {
    let path = dir.join(name);
    twin(&["--lang", lang, "assign", EXAMPLES])
        .args(args)
        .args(&["-o", path.to_str().unwrap()])
        .run()
        .ok();
    std::fs::read(path).unwrap()
}

#[test]
fn the_workbook_speaks_the_runs_language_with_numbers_as_numbers() {
    // The oracle: the plan as JSON (English field names, the machine contract).
    let out = twin(&["assign", EXAMPLES, "--format", "json"]).run();
    out.ok();
    let plan = json(&out.stdout_bytes);
    let pairs = plan["pairs"].as_array().unwrap();
    let dir = tempfile::tempdir().unwrap();
    for w in [FRENCH, SPANISH] {
        let bytes = workbook(dir.path(), w.lang, &format!("plan-{}.xlsx", w.lang), &[]);
        assert_eq!(
            book(&bytes).sheet_names(),
            [w.pairs, w.summary],
            "{}",
            w.lang
        );

        let rows = cells(&bytes, w.pairs);
        assert_eq!(text(&rows[0]), w.header, "{}", w.lang);
        assert_eq!(rows.len(), pairs.len() + 1, "{}", w.lang);
        for (row, p) in rows[1..].iter().zip(pairs) {
            assert_eq!(row[0], Data::Float(p["rank"].as_f64().unwrap()), "{row:?}");
            assert_eq!(row[1], Data::Float(p["score"].as_f64().unwrap()), "{row:?}");
            assert_eq!(row[2], Data::String(p["id_a"].as_str().unwrap().into()));
            assert_eq!(row[5], Data::String(p["id_b"].as_str().unwrap().into()));
        }

        let summary = cells(&bytes, w.summary);
        for (label, value) in w.figures {
            let row = summary
                .iter()
                .find(|r| r[0] == Data::String(label.into()))
                .unwrap_or_else(|| panic!("{}: no {label} in {summary:?}", w.lang));
            assert_eq!(row[1], Data::Float(value), "{}: {label}", w.lang);
        }
        let header = &summary[summary.len() - 2];
        assert_eq!(text(&header[..4]), w.left_out_header, "{}", w.lang);
        let left = summary.last().unwrap();
        assert_eq!(left[0], Data::String("TH-BKK".into()));
        assert!(left[3].to_string().starts_with(w.reason), "{left:?}");
        // No English word of the workbook is left (the CSV field names included).
        let every: Vec<String> = rows[..1]
            .iter()
            .chain(&summary)
            .flat_map(|r| text(r))
            .collect();
        for english in PAIR_COLUMNS.iter().chain(&[
            "figure",
            "method",
            "pairs",
            "groups seeking a twin",
            "mean score",
            "reason",
        ]) {
            assert!(!every.iter().any(|c| c == english), "{}: {english}", w.lang);
        }
        assert!(!every.iter().any(|c| c.contains("no eligible partner")));
    }
}

#[test]
fn the_groups_layout_names_its_sheet_in_the_language_too() {
    let dir = tempfile::tempdir().unwrap();
    for w in [FRENCH, SPANISH] {
        let bytes = workbook(
            dir.path(),
            w.lang,
            "g.xlsx",
            &["--layout", "groups", "--force"],
        );
        assert_eq!(book(&bytes).sheet_names(), [w.groups, w.summary]);
        let rows = cells(&bytes, w.groups);
        assert_eq!(text(&rows[0]), w.header);
        // Every pair seen from each of its groups, scores as numbers.
        assert_eq!(rows.len(), 2 * 24 + 1);
        assert!(rows[1..].iter().all(|r| matches!(r[1], Data::Float(_))));
    }
}

#[test]
fn french_and_spanish_workbooks_are_read_back_by_keep_history_forbid_and_review() {
    let dir = tempfile::tempdir().unwrap();
    for w in [FRENCH, SPANISH] {
        let name = format!("plan-{}.xlsx", w.lang);
        let plan = dir.path().join(&name);
        let plan = plan.to_str().unwrap();
        workbook(dir.path(), w.lang, &name, &[]);
        let pairs: std::collections::BTreeSet<(String, String)> =
            cells(&std::fs::read(plan).unwrap(), w.pairs)[1..]
                .iter()
                .map(|r| (r[2].to_string(), r[5].to_string()))
                .collect();
        assert_eq!(pairs.len(), 24);

        // In another language than the workbook's, and in its own.
        for lang in ["en", "fr", "es"] {
            let kept = twin(&["--lang", lang, "assign", EXAMPLES, "--keep", plan])
                .args(&["--format", "json"])
                .run();
            kept.ok();
            let doc = json(&kept.stdout_bytes);
            assert_eq!(doc["summary"]["kept"], 24, "{lang} --keep {name}");

            let review = twin(&["--lang", lang, "review", plan, EXAMPLES])
                .args(&["--format", "json"])
                .run();
            review.ok();
            let doc = json(&review.stdout_bytes);
            assert_eq!(doc["ok"], true, "{lang} review {name}");
            assert_eq!(doc["plan"]["pairs"], 24, "{lang} review {name}");
        }

        // Pairs that exist already (--history) or are vetoed (--forbid) are never proposed.
        for flag in ["--history", "--forbid"] {
            let out = twin(&["--lang", "es", "assign", EXAMPLES, flag, plan])
                .args(&["--format", "json"])
                .run();
            out.ok();
            let doc = json(&out.stdout_bytes);
            let again: Vec<_> = doc["pairs"]
                .as_array()
                .unwrap()
                .iter()
                .map(|p| {
                    (
                        p["id_a"].as_str().unwrap().to_string(),
                        p["id_b"].as_str().unwrap().to_string(),
                    )
                })
                .filter(|p| pairs.contains(p))
                .collect();
            assert!(again.is_empty(), "{flag} {name}: {again:?}");
        }
    }
}

#[test]
fn a_cell_too_long_for_excel_is_refused_in_the_runs_language() {
    let dir = tempfile::tempdir().unwrap();
    let long = "X".repeat(32_767);
    let csv = format!(
        "id,name,country,city,languages,themes,capacity,twins\n\
         {long}1,A,FR,Lyon,fr,health,1,\n{long}2,B,ES,Madrid,fr,health,1,\n"
    );
    std::fs::write(dir.path().join("long.csv"), csv).unwrap();
    for (lang, said) in [
        (
            "fr",
            "paire 1 (feuille « paires », ligne 2), colonne « identifiant A » : le texte « XXX",
        ),
        (
            "es",
            "par 1 (hoja «pares», fila 2), columna «identificador A»: el texto «XXX",
        ),
    ] {
        twin(&["--lang", lang, "match", "long.csv", "-o", "pairs.xlsx"])
            .in_dir(dir.path())
            .run()
            .code(1)
            .stderr_has(said)
            .stderr_has("--format csv")
            .stderr_lacks("characters")
            .stderr_lacks("sheet pairs");
        assert!(!dir.path().join("pairs.xlsx").exists());
    }
}

#[test]
fn a_reviews_workbook_speaks_the_runs_language_and_reads_back_as_a_plan() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("plan.csv");
    twin(&["assign", EXAMPLES, "-o", plan.to_str().unwrap()])
        .run()
        .ok();
    // The plan with a same-country pair added: a line that breaks a rule.
    let mut plan_text = std::fs::read_to_string(&plan).unwrap();
    plan_text.push_str("25,50.00,FR-LYO,x,FR,FR-PAR,y,FR,,\n");
    let edited = dir.path().join("edited.csv");
    std::fs::write(&edited, plan_text).unwrap();
    let edited = edited.to_str().unwrap();
    for (lang, sheets, header, yes, no, rule, groups_header) in [
        (
            "fr",
            ["paires", "groupes", "résumé"],
            [
                "ligne",
                "identifiant A",
                "identifiant B",
                "note",
                "admissible",
            ],
            "oui",
            "non",
            "même pays",
            ["identifiant", "nom", "pays", "capacité", "places utilisées"],
        ),
        (
            "es",
            ["pares", "grupos", "resumen"],
            [
                "línea",
                "identificador A",
                "identificador B",
                "puntuación",
                "elegible",
            ],
            "sí",
            "no",
            "mismo país",
            [
                "identificador",
                "nombre",
                "país",
                "capacidad",
                "plazas usadas",
            ],
        ),
        (
            "en",
            ["pairs", "groups", "summary"],
            ["line", "id_a", "id_b", "score", "eligible"],
            "yes",
            "no",
            "same country",
            ["id", "name", "country", "capacity", "used"],
        ),
    ] {
        let out = dir.path().join(format!("review-{lang}.xlsx"));
        let out = out.to_str().unwrap();
        twin(&["--lang", lang, "review", edited, EXAMPLES, "-o", out])
            .run()
            .code(1);
        let bytes = std::fs::read(out).unwrap();
        assert_eq!(book(&bytes).sheet_names(), sheets, "{lang}");
        let rows = cells(&bytes, sheets[0]);
        assert_eq!(text(&rows[0])[..5], header, "{lang}");
        assert_eq!(rows.len(), 26, "{lang}: a row per plan line");
        assert!(rows[1..25].iter().all(|r| r[4] == yes), "{lang}");
        let last = text(&rows[25]);
        assert_eq!((last[4].as_str(), last[5].as_str()), (no, rule), "{lang}");
        assert!(
            matches!(rows[1][3], Data::Float(_)),
            "{lang}: scores are numbers"
        );
        assert_eq!(text(&cells(&bytes, sheets[1])[0]), groups_header, "{lang}");
        // Read back as the plan it reviews, in another language: the same verdict.
        twin(&["--lang", "es", "review", out, EXAMPLES])
            .run()
            .code(1)
            .stderr_has("FR-LYO – FR-PAR incumple las reglas: mismo país");
    }
}
