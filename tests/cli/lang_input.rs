//! Problems found reading files, in French and Spanish: a broken input under `--lang fr` or
//! `--lang es` fails with exit 1 and says what is wrong in that language, with no English
//! sentence left (file names, ids, option names and column keys stay as written).

use twin::testkit::workbook::rezip;

use crate::harness::{root_dir, twin};
use crate::hostile_sheets::{declare_size, xlsx};

/// One broken input: the file's name and bytes, the command's extra arguments, a phrase of
/// its French and of its Spanish problem, and the English phrase neither may hold.
struct Case {
    name: &'static str,
    bytes: Vec<u8>,
    args: &'static [&'static str],
    french: &'static str,
    spanish: &'static str,
    english: &'static str,
}

fn cases() -> Vec<Case> {
    let header = "id,name,country,languages,themes\n";
    let good = xlsx();
    vec![
        Case {
            name: "latin.csv",
            bytes: [header.as_bytes(), b"F1,P\xe9rou,FR,fr,health\n"].concat(),
            args: &["--encoding", "utf-8"],
            french: "les octets 0xE9 ne sont pas du texte UTF-8 valide ; le fichier est-il dans un autre encodage ?",
            spanish: "los bytes 0xE9 no son texto UTF-8 válido; ¿está el archivo en otra codificación?",
            english: "are not valid UTF-8 text",
        },
        Case {
            name: "quote.csv",
            bytes: format!("{header}F1,\"Lyon,FR,fr,health\nF2,Nice,FR,fr,health\n").into_bytes(),
            args: &[],
            french: "quote.csv:2: guillemet non fermé à partir d’ici",
            spanish: "quote.csv:2: comillas sin cerrar a partir de aquí",
            english: "unclosed quote",
        },
        Case {
            name: "missing.csv",
            bytes: b"id,name,country,languages\nF1,Lyon,FR,fr\n".to_vec(),
            args: &[],
            french: "colonne obligatoire « themes » absente (noms acceptés : themes,",
            spanish: "falta la columna obligatoria «themes» (nombres aceptados: themes,",
            english: "missing required column",
        },
        Case {
            name: "empty.csv",
            bytes: Vec::new(),
            args: &[],
            french: "le fichier est vide : une ligne d’en-tête était attendue",
            spanish: "el archivo está vacío: se esperaba una fila de encabezado",
            english: "the file is empty",
        },
        Case {
            name: "dup.csv",
            bytes: b"id,name,nom,country,languages,themes\nF1,a,b,FR,fr,health\n".to_vec(),
            args: &[],
            french: "les colonnes « name » et « nom » donnent toutes deux la colonne name",
            spanish: "las columnas «name» y «nom» dan ambas la columna name",
            english: "both give the",
        },
        Case {
            name: "cut.xlsx",
            bytes: good[..good.len() / 2].to_vec(),
            args: &[],
            french: "impossible de lire la feuille de calcul : le fichier est endommagé",
            spanish: "no se puede leer la hoja de cálculo: el archivo está dañado",
            english: "cannot read spreadsheet",
        },
        Case {
            name: "bomb.xlsx",
            bytes: declare_size(&good, "xl/worksheets/sheet1.xml", 0xFFFF_FF00),
            args: &[],
            french: "au-delà de la limite de twin de 512 Mo par entrée",
            spanish: "por encima del límite de twin de 512 MB por entrada",
            english: "more than twin's limit",
        },
        Case {
            name: "styles.xlsx",
            bytes: rezip(
                &good,
                "xl/styles.xml",
                format!("<styleSheet>{}</styleSheet>", "<xf/>".repeat(1_000_001)).as_bytes(),
            ),
            args: &[],
            french: "la partie contient plus de 1\u{202f}000\u{202f}000 éléments XML, la limite de twin ; est-ce vraiment un classeur ?",
            spanish: "la parte contiene más de 1\u{202f}000\u{202f}000 elementos XML, el límite de twin; ¿es de verdad un libro?",
            english: "is it really a workbook",
        },
        Case {
            name: "plan.csv",
            bytes: good.clone(),
            args: &[],
            french: "c’est un classeur Excel (xlsx), pas du texte CSV : renommez le fichier en .xlsx",
            spanish: "esto es un libro de Excel (xlsx), no texto CSV: cámbiele el nombre a .xlsx",
            english: "not CSV text",
        },
        Case {
            name: "syntax.toml",
            bytes: b"[[group]\nid = 1\n".to_vec(),
            args: &[],
            french: "syntax.toml:1: tableau de tables non fermé, attendu : `]`, dans `[[group]`",
            spanish: "syntax.toml:1: lista de tablas sin cerrar; se esperaba `]`, en `[[group]`",
            english: "unclosed array table",
        },
        Case {
            name: "key.toml",
            bytes: b"[[group]]\nid = \"A\"\nthemse = [\"health\"]\n".to_vec(),
            args: &[],
            french: "key.toml:3: clé inconnue `themse` — vouliez-vous dire `themes` ? Les clés possibles ici sont `id`,",
            spanish: "key.toml:3: clave desconocida `themse` — ¿quiso decir `themes`? Las claves posibles aquí son `id`,",
            english: "unknown field",
        },
        Case {
            name: "type.toml",
            bytes: b"[[group]]\nid = \"A\"\ncapacity = 1.5\n".to_vec(),
            args: &[],
            french: "type.toml:3: une chaîne ou un nombre entier était attendu, dans `capacity = 1.5`",
            spanish: "type.toml:3: se esperaba una cadena o un número entero, en `capacity = 1.5`",
            english: "expected a string",
        },
        Case {
            name: "groups.pdf",
            bytes: b"%PDF".to_vec(),
            args: &[],
            french: "type de fichier non pris en charge : utilisez .csv",
            spanish: "tipo de archivo no admitido: use .csv",
            english: "unsupported file type",
        },
    ]
}

/// Runs `twin --lang LANG check FILE` on every case, in a fresh folder.
fn each_case_in(lang: &str) {
    let dir = tempfile::tempdir().unwrap();
    for case in cases() {
        std::fs::write(dir.path().join(case.name), &case.bytes).unwrap();
        let phrase = if lang == "fr" {
            case.french
        } else {
            case.spanish
        };
        let run = twin(&["--lang", lang, "check", case.name])
            .args(case.args)
            .in_dir(dir.path())
            .run();
        run.code(1).stderr_has(phrase).stderr_lacks(case.english);
    }
}

#[test]
fn problems_reading_files_are_in_french() {
    each_case_in("fr");
}

#[test]
fn problems_reading_files_are_in_spanish() {
    each_case_in("es");
}

#[test]
fn problems_reading_pair_lists_are_translated() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("h.csv"), "id_a,id_b\nA,A\nB,\n").unwrap();
    std::fs::write(dir.path().join("k.csv"), "a,b\n1,2\n").unwrap();
    let groups = root_dir().join("examples/groups.csv");
    let groups = groups.to_str().unwrap();
    for (lang, self_paired, missing, not_a_list) in [
        (
            "fr",
            "h.csv:2: le groupe « A » est jumelé avec lui-même",
            "h.csv:3: id_a ou id_b manquant",
            "k.csv:1: un fichier de paires convenues doit avoir les colonnes id_a et id_b",
        ),
        (
            "es",
            "h.csv:2: el grupo «A» está hermanado consigo mismo",
            "h.csv:3: falta id_a o id_b",
            "k.csv:1: un archivo de pares acordados necesita las columnas id_a e id_b",
        ),
    ] {
        twin(&["--lang", lang, "assign", groups, "--history", "h.csv"])
            .in_dir(dir.path())
            .run()
            .code(1)
            .stderr_has(self_paired)
            .stderr_has(missing)
            .stderr_lacks("paired with itself")
            .stderr_lacks("missing id_a");
        twin(&["--lang", lang, "assign", groups, "--keep", "k.csv"])
            .in_dir(dir.path())
            .run()
            .code(1)
            .stderr_has(not_a_list)
            .stderr_lacks("needs the columns");
    }
}

#[test]
fn notes_and_warnings_on_reading_are_translated() {
    let dir = tempfile::tempdir().unwrap();
    let mut text = b"Liste des groupes AIC;;;;\n".to_vec();
    text.extend(b"id;name;country;languages;themes;notes\nF1;P\xe9rou;FR;fr;health;x\n");
    std::fs::write(dir.path().join("g.csv"), text).unwrap();
    for (lang, encoding, title, ignored) in [
        (
            "fr",
            "g.csv: lu en windows-1252 (pas en UTF-8) ; utilisez --encoding pour en choisir un autre",
            "g.csv:2: ligne 2 prise comme en-tête ; la ligne au-dessus a été lue comme un titre et ignorée",
            "g.csv:2: colonne inconnue ignorée : « notes »",
        ),
        (
            "es",
            "g.csv: leído como windows-1252 (no es UTF-8); use --encoding para elegir otra",
            "g.csv:2: se tomó la línea 2 como encabezado; la fila de arriba se leyó como título y se omitió",
            "g.csv:2: se ignora la columna desconocida «notes»",
        ),
    ] {
        twin(&["--lang", lang, "check", "g.csv"])
            .in_dir(dir.path())
            .run()
            .stderr_has(encoding)
            .stderr_has(title)
            .stderr_has(ignored)
            .stderr_lacks("read as")
            .stderr_lacks("taken as the header")
            .stderr_lacks("ignoring unknown");
    }
}

#[test]
fn twin_toml_that_does_not_parse_is_told_in_the_language() {
    let dir = tempfile::tempdir().unwrap();
    let groups = root_dir().join("examples/groups.csv");
    let groups = groups.to_str().unwrap();
    for (text, french, spanish, english) in [
        (
            "[weights]\nthemes = \"a\"\n",
            "twin.toml:2: `themes` doit être un nombre, dans `themes = \"a\"`",
            "twin.toml:2: `themes` debe ser un número, en `themes = \"a\"`",
            "invalid type",
        ),
        (
            "foo = 1\n",
            "twin.toml:1: clé inconnue `foo` : les clés possibles ici sont `lang`,",
            "twin.toml:1: clave desconocida `foo`: las claves posibles aquí son `lang`,",
            "unknown field",
        ),
        (
            "[columns\n",
            "twin.toml:1: table non fermée, attendu : `]`, dans `[columns`",
            "twin.toml:1: tabla sin cerrar; se esperaba `]`, en `[columns`",
            "unclosed table",
        ),
    ] {
        std::fs::write(dir.path().join("twin.toml"), text).unwrap();
        for (lang, phrase) in [("fr", french), ("es", spanish)] {
            twin(&["--lang", lang, "check", groups])
                .in_dir(dir.path())
                .run()
                .code(1)
                .stderr_has(phrase)
                .stderr_lacks(english);
        }
    }
}
