//! twin's files opened the real way, by LibreOffice (headless `soffice`).
//!
//! `--excel` CSV: LibreOffice imports twin's CSV as a spreadsheet in a French, a Spanish and
//! an English locale (the CSV filter's language, which is what the locale sets for a user),
//! saves it as flat ODS, and the cell types are read back: in French, Spanish and Mexican
//! Spanish (a decimal point, `,` between fields) every score
//! must be a number with the plan's value, and a CSV with a decimal point must not be (the
//! bug this guards against). The French and Spanish xlsx workbooks: LibreOffice opens them
//! with their sheets, headers and summary in the language, scores as numbers.
//! `.ci/run` installs LibreOffice; without it the test fails in CI and is skipped elsewhere.

use std::path::Path;
use std::process::Command;

use crate::harness::{EXAMPLES, twin};

/// One row's cells: `(value type, value)`.
type Row = Vec<(String, String)>;

/// The spreadsheet's cells, row by row, every sheet after the other: `(value type, value)`
/// (`float` cells carry their number in `office:value`; text cells their text).
fn cells(fods: &str) -> Vec<Row> {
    sheets(fods)
        .into_iter()
        .flat_map(|(_, rows)| rows)
        .collect()
}

/// The spreadsheet's sheets, each with its name and its rows of cells (as [`cells`]).
fn sheets(fods: &str) -> Vec<(String, Vec<Row>)> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_str(fods);
    let mut sheets: Vec<(String, Vec<Row>)> = Vec::new();
    let mut row: Row = Vec::new();
    let mut cell: Option<(String, String)> = None;
    let attr = |e: &quick_xml::events::BytesStart, name: &str| {
        e.attributes()
            .filter_map(Result::ok)
            .find(|a| a.key.as_ref() == name)
            .map(|a| a.value.as_ref().to_string())
    };
    loop {
        match reader
            .read_event()
            .expect("LibreOffice writes well-formed XML")
        {
            Event::Start(e) if e.name().as_ref() == "table:table" => {
                sheets.push((attr(&e, "table:name").unwrap_or_default(), Vec::new()));
            }
            Event::Start(e) if e.name().as_ref() == "table:table-cell" => {
                let kind = attr(&e, "office:value-type").unwrap_or_default();
                let value = attr(&e, "office:value").unwrap_or_default();
                cell = Some((kind, value));
            }
            Event::Text(t) => {
                if let Some((kind, value)) = cell.as_mut()
                    && kind != "float"
                {
                    value.push_str(&t.xml10_content());
                }
            }
            Event::End(e) if e.name().as_ref() == "table:table-cell" => {
                row.extend(cell.take());
            }
            Event::End(e) if e.name().as_ref() == "table:table-row" => {
                let rows = match sheets.last_mut() {
                    Some((_, rows)) => rows,
                    None => panic!("a row outside a sheet"),
                };
                rows.push(std::mem::take(&mut row));
            }
            Event::Eof => break,
            _ => {}
        }
    }
    sheets
}

/// LibreOffice's import of `csv` with `;` between fields in the locale `language` (a
/// Windows language id: 1036 French, 3082 Spanish, 1033 English), as its cells.
fn import(dir: &Path, csv: &str, language: u32) -> Vec<Row> {
    import_with(dir, csv, language, b';')
}

/// [`import`] with `separator` between fields.
fn import_with(dir: &Path, csv: &str, language: u32, separator: u8) -> Vec<Row> {
    let out = dir.join(format!("out-{language}-{separator}"));
    let status = Command::new("soffice")
        .arg("--headless")
        .arg(format!(
            "-env:UserInstallation=file://{}",
            dir.join("profile").display()
        ))
        // Field separator (';' is 59), text delimiter '"' (34), UTF-8 (76), from line 1,
        // no column formats, then the locale.
        .arg(format!("--infilter=CSV:{separator},34,76,1,,{language}"))
        .args(["--convert-to", "fods", "--outdir"])
        .arg(&out)
        .arg(dir.join(csv))
        .output()
        .expect("soffice runs");
    assert!(status.status.success(), "{status:?}");
    let stem = csv.trim_end_matches(".csv");
    let fods = std::fs::read_to_string(out.join(format!("{stem}.fods"))).expect("converted");
    cells(&fods)
}

fn soffice_present() -> bool {
    let found = Command::new("soffice").arg("--version").output().is_ok();
    assert!(
        found || std::env::var_os("CI").is_none(),
        "LibreOffice (soffice) is missing: .ci/run installs libreoffice-calc-nogui"
    );
    if !found {
        eprintln!("skipped: LibreOffice (soffice) is not installed");
    }
    found
}

#[test]
fn excel_csv_in_french_spanish_and_mexican_spanish_opens_with_scores_as_numbers() {
    if !soffice_present() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    // The plan's scores, from JSON: the oracle, independent of CSV formatting.
    let json = twin(&["assign", EXAMPLES, "--format", "json"]).run();
    json.ok();
    let plan: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    let scores: Vec<f64> = plan["pairs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["score"].as_f64().unwrap())
        .collect();
    assert!(scores.len() > 10);

    // Mexico (LANG=es_MX, Windows language 2058) writes a decimal point and `,` between
    // fields, as its LibreOffice and Excel read numbers.
    for (lang, language, separator) in [
        ("fr_FR.UTF-8", 1036_u32, b';'),
        ("es_ES.UTF-8", 3082, b';'),
        ("es_MX.UTF-8", 2058, b','),
    ] {
        let csv = format!("plan-{lang}.csv");
        let path = dir.path().join(&csv);
        twin(&["assign", EXAMPLES, "--excel", "-o"])
            .args(&[path.to_str().unwrap()])
            .env("LANG", lang)
            .run()
            .ok();
        let rows = import_with(dir.path(), &csv, language, separator);
        let body: Vec<_> = rows.iter().skip(1).filter(|r| !r.is_empty()).collect();
        assert_eq!(body.len(), scores.len(), "{lang}: {rows:?}");
        for (row, expected) in body.iter().zip(&scores) {
            let (kind, value) = &row[1];
            assert_eq!(kind, "float", "{lang}: the score cell is {row:?}");
            let value: f64 = value.parse().unwrap();
            assert!(
                (value - expected).abs() < 1e-9,
                "{lang}: {value} vs {expected}"
            );
            assert!(!row[2].1.is_empty(), "{lang}: id_a in {row:?}");
        }
    }

    // The control: a decimal point, as English --excel writes, is text to a French
    // LibreOffice — what this test exists to catch.
    let csv = "plan-point.csv";
    let path = dir.path().join(csv);
    twin(&[
        "--lang",
        "en",
        "assign",
        EXAMPLES,
        "--excel",
        "--out-delimiter",
        ";",
        "-o",
    ])
    .args(&[path.to_str().unwrap()])
    .run()
    .ok();
    let rows = import(dir.path(), csv, 1036);
    let scores_as_text = rows
        .iter()
        .skip(1)
        .filter(|r| r.len() > 1 && r[1].0 == "string")
        .count();
    assert_eq!(scores_as_text, scores.len(), "{rows:?}");
}

/// LibreOffice's reading of the workbook `dir/xlsx`, saved as flat ODS: its sheets.
fn open_xlsx(dir: &Path, xlsx: &str) -> Vec<(String, Vec<Row>)> {
    let out = dir.join("out-xlsx");
    let status = Command::new("soffice")
        .arg("--headless")
        .arg(format!(
            "-env:UserInstallation=file://{}",
            dir.join("profile").display()
        ))
        .args(["--convert-to", "fods", "--outdir"])
        .arg(&out)
        .arg(dir.join(xlsx))
        .output()
        .expect("soffice runs");
    assert!(status.status.success(), "{status:?}");
    let stem = xlsx.trim_end_matches(".xlsx");
    let fods = std::fs::read_to_string(out.join(format!("{stem}.fods"))).expect("converted");
    sheets(&fods)
}

#[test]
fn french_and_spanish_workbooks_open_with_their_words_and_scores_as_numbers() {
    if !soffice_present() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let json = twin(&["assign", EXAMPLES, "--format", "json"]).run();
    json.ok();
    let plan: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    let scores: Vec<f64> = plan["pairs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["score"].as_f64().unwrap())
        .collect();

    for (lang, names, header, label) in [
        (
            "fr",
            ["paires", "résumé"],
            ["rang", "note", "identifiant A", "nom A"],
            "groupes qui cherchent un jumelage",
        ),
        (
            "es",
            ["pares", "resumen"],
            ["puesto", "puntuación", "identificador A", "nombre A"],
            "grupos que buscan un grupo hermano",
        ),
    ] {
        let xlsx = format!("plan-{lang}.xlsx");
        let path = dir.path().join(&xlsx);
        twin(&["--lang", lang, "assign", EXAMPLES, "--format", "xlsx", "-o"])
            .args(&[path.to_str().unwrap()])
            .run()
            .ok();
        let sheets = open_xlsx(dir.path(), &xlsx);
        let got: Vec<&str> = sheets.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(got, names, "{lang}");

        let rows = &sheets[0].1;
        // The flat ODS is indented: a text cell's text is within white space.
        let first: Vec<&str> = rows[0].iter().take(4).map(|(_, v)| v.trim()).collect();
        assert_eq!(first, header, "{lang}: {:?}", rows[0]);
        assert!(rows[0].iter().all(|(kind, _)| kind == "string"), "{lang}");
        let body: Vec<&Row> = rows.iter().skip(1).filter(|r| !r.is_empty()).collect();
        assert_eq!(body.len(), scores.len(), "{lang}: {rows:?}");
        for (row, expected) in body.iter().zip(&scores) {
            assert_eq!(row[0].0, "float", "{lang}: the rank cell is {row:?}");
            assert_eq!(row[1].0, "float", "{lang}: the score cell is {row:?}");
            let value: f64 = row[1].1.parse().unwrap();
            assert!(
                (value - expected).abs() < 1e-9,
                "{lang}: {value} vs {expected}"
            );
        }

        let summary = &sheets[1].1;
        let seeking = summary
            .iter()
            .find(|r| r.first().is_some_and(|(_, v)| v.trim() == label))
            .unwrap_or_else(|| panic!("{lang}: no {label} in {summary:?}"));
        assert_eq!(
            seeking[1],
            ("float".to_string(), "42".to_string()),
            "{lang}"
        );
    }
}
