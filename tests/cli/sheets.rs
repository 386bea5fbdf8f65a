//! Spreadsheets in and out: `.xlsx`/`.ods` profile files read like their CSV twin, `--sheet`,
//! `--format xlsx` written whole and read back by calamine, CSV safe to open in a
//! spreadsheet (formula-looking text neutralised), and `--excel`.
//!
//! Fixtures live in `tests/data/sheets/`: `groups.xlsx` (written by the ignored test
//! `regenerate_the_xlsx_fixture` below) and `groups.ods` (by `make_ods.py` there) hold the
//! groups of `good/small_fr.csv`; `injection.csv` has groups named `=1+1` and `-Lyon`.

use std::io::Cursor;
use std::path::Path;

use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};
use rust_xlsxwriter::{Formula, Workbook};

use crate::harness::{EXAMPLES, PAIR_COLUMNS, bin, data_dir, parse_csv, twin};

/// stdout of a successful `twin ARGS…` with nothing on stderr but notes.
fn stdout_of(args: &[&str]) -> Vec<u8> {
    let out = twin(args).run();
    out.ok();
    assert!(
        out.stderr_lines("error").is_empty() && out.stderr_lines("warning").is_empty(),
        "{}: {}",
        out.command,
        out.stderr
    );
    out.stdout_bytes
}

/// Every cell of sheet `name` of workbook `bytes`.
fn cells(bytes: &[u8], name: &str) -> Vec<Vec<Data>> {
    let mut book: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes.to_vec())).unwrap();
    let range = book.worksheet_range(name).unwrap();
    range.rows().map(|r| r.to_vec()).collect()
}

/// The groups of `good/small_fr.csv` as a workbook: sheet "Groupes" with the French header,
/// capacities as numbers, then a sheet "Notes".
fn small_fr_workbook() -> Vec<u8> {
    let text = std::fs::read_to_string(data_dir().join("good/small_fr.csv")).unwrap();
    let (header, rows) = parse_csv(text.as_bytes());
    let capacity = header.iter().position(|h| h == "Capacité").unwrap();
    let mut book = Workbook::new();
    let created = rust_xlsxwriter::ExcelDateTime::from_ymd(2026, 1, 1).unwrap();
    book.set_properties(&rust_xlsxwriter::DocProperties::new().set_creation_datetime(&created));
    let sheet = book.add_worksheet();
    sheet.set_name("Groupes").unwrap();
    sheet
        .write_row(0, 0, header.iter().map(String::as_str))
        .unwrap();
    for (r, row) in rows.iter().enumerate() {
        for (c, value) in row.iter().enumerate() {
            let (r, c) = (r as u32 + 1, c as u16);
            if c as usize == capacity {
                sheet
                    .write_number(r, c, value.parse::<f64>().unwrap())
                    .unwrap();
            } else if !value.is_empty() {
                sheet.write_string(r, c, value).unwrap();
            }
        }
    }
    let notes = book.add_worksheet();
    notes.set_name("Notes").unwrap();
    notes
        .write_string(0, 0, "Liste envoyée par la coordination, mars 2026")
        .unwrap();
    book.save_to_buffer().unwrap()
}

/// Rewrites `tests/data/sheets/groups.xlsx`: `cargo test --test cli -- --ignored regenerate`.
#[test]
#[ignore = "rewrites a fixture"]
fn regenerate_the_xlsx_fixture() {
    std::fs::write(data_dir().join("sheets/groups.xlsx"), small_fr_workbook()).unwrap();
}

#[test]
fn the_xlsx_fixture_is_what_the_generator_writes() {
    let fixture = std::fs::read(data_dir().join("sheets/groups.xlsx")).unwrap();
    assert_eq!(
        cells(&fixture, "Groupes"),
        cells(&small_fr_workbook(), "Groupes")
    );
}

#[test]
fn check_accepts_the_spreadsheet_fixtures() {
    for file in ["sheets/groups.xlsx", "sheets/groups.ods"] {
        twin(&["check", file])
            .run()
            .ok()
            .stdout_has("9 groups")
            .stderr_lacks("error");
    }
}

#[test]
fn spreadsheets_rank_exactly_like_their_csv_twin() {
    for args in [
        &["--all", "--format", "csv"][..],
        &["--format", "json"],
        &["--top", "4"],
    ] {
        let csv = stdout_of(&[&["match", "good/small.csv"][..], args].concat());
        for file in ["sheets/groups.xlsx", "sheets/groups.ods"] {
            let sheet = stdout_of(&[&["match", file][..], args].concat());
            assert_eq!(
                String::from_utf8_lossy(&sheet),
                String::from_utf8_lossy(&csv),
                "{file} {args:?}"
            );
        }
    }
}

#[test]
fn sheet_chooses_the_sheet_and_an_unknown_name_lists_them() {
    twin(&["match", "sheets/groups.xlsx", "--sheet", "Groups"])
        .run()
        .one_error(
            "sheets/groups.xlsx:",
            &[
                "no sheet named \"Groups\"",
                "did you mean \"Groupes\"?",
                "\"Groupes\", \"Notes\"",
            ],
        );
    twin(&["check", "sheets/groups.ods", "--sheet", "notes"])
        .run()
        .code(1)
        .stderr_has("sheets/groups.ods:1: missing required column \"id\"");
    twin(&["check", "sheets/groups.ods", "--sheet", "Groupes"])
        .run()
        .ok();
}

#[test]
fn messages_name_the_spreadsheet_row_and_cell() {
    let dir = tempfile::tempdir().unwrap();
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    // Two empty rows, then the header on row 3 and groups from row 4.
    let header = ["id", "name", "country", "languages", "themes", "capacity"];
    sheet.write_row(2, 0, header).unwrap();
    sheet
        .write_row(3, 0, ["F1", "Lyon", "FR", "fr", "health"])
        .unwrap();
    sheet.write_number(3, 5, 1.0).unwrap();
    sheet
        .write_row(4, 0, ["F2", "Nice", "FR", "fr", "health"])
        .unwrap();
    sheet
        .write_formula(4, 5, Formula::new("=1/0").set_result("#DIV/0!"))
        .unwrap();
    sheet
        .write_row(5, 0, ["P1", "Lima", "Perru", "es", "health"])
        .unwrap();
    std::fs::write(dir.path().join("bad.xlsx"), book.save_to_buffer().unwrap()).unwrap();
    let out = twin(&["check", "bad.xlsx"]).in_dir(dir.path()).run();
    out.code(1)
        .stderr_has("error: bad.xlsx:5: column \"capacity\": cell F5 holds an error (#DIV/0!)")
        .stderr_has("error: bad.xlsx:6: unknown country \"Perru\"");
}

#[test]
fn damaged_or_fake_workbooks_are_one_error_never_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    let good = std::fs::read(data_dir().join("sheets/groups.xlsx")).unwrap();
    let files: [(&str, Vec<u8>); 4] = [
        (
            "random.xlsx",
            (0..4000u32).map(|i| (i * 7919 % 251) as u8).collect(),
        ),
        ("truncated.xlsx", good[..good.len() / 2].to_vec()),
        ("empty.ods", Vec::new()),
        ("export.xls", b"id;name\n1;x\n".to_vec()),
    ];
    for (name, bytes) in files {
        std::fs::write(dir.path().join(name), bytes).unwrap();
        twin(&["match", name])
            .in_dir(dir.path())
            .run()
            .one_error(&format!("{name}:"), &["cannot read spreadsheet"]);
    }
    twin(&["check", "export.xls"])
        .in_dir(dir.path())
        .run()
        .stderr_has("rename it to .csv");
    // A real workbook with the wrong extension is recognised by its content.
    std::fs::write(dir.path().join("renamed.xls"), &good).unwrap();
    twin(&["check", "renamed.xls"])
        .in_dir(dir.path())
        .run()
        .ok();
}

#[test]
fn format_xlsx_writes_a_workbook_with_the_csv_columns_and_numbers() {
    let dir = tempfile::tempdir().unwrap();
    let small = data_dir().join("good/small.csv");
    let small = small.to_str().unwrap();
    twin(&["match", small, "--all", "-o", "pairs.xlsx"])
        .in_dir(dir.path())
        .run()
        .ok()
        .stdout_empty();
    let written = std::fs::read(dir.path().join("pairs.xlsx")).unwrap();
    let sheet = cells(&written, "pairs");
    let header: Vec<String> = sheet[0].iter().map(|c| c.to_string()).collect();
    assert_eq!(header, PAIR_COLUMNS);

    // Same rows as the CSV, with rank and score as numbers.
    let (_, rows) = parse_csv(&stdout_of(&[
        "match",
        "good/small.csv",
        "--all",
        "--format",
        "csv",
    ]));
    assert_eq!(sheet.len(), rows.len() + 1);
    for (cells, csv) in sheet[1..].iter().zip(&rows) {
        assert_eq!(cells[0], Data::Float(csv[0].parse().unwrap()));
        assert_eq!(cells[1], Data::Float(csv[1].parse().unwrap()));
        let texts: Vec<String> = cells[2..].iter().map(|c| c.to_string()).collect();
        assert_eq!(texts, csv[2..]);
    }

    // A plan adds its summary; -o with an existing file still needs --force.
    twin(&["assign", small, "-o", "plan.xlsx"])
        .in_dir(dir.path())
        .run()
        .ok();
    let plan = std::fs::read(dir.path().join("plan.xlsx")).unwrap();
    let summary = cells(&plan, "summary");
    assert_eq!(summary[1][0], Data::String("method".into()));
    assert_eq!(summary[1][1], Data::String("optimal".into()));
    twin(&["assign", small, "-o", "plan.xlsx"])
        .in_dir(dir.path())
        .run()
        .code(1)
        .stderr_has("--force");
}

#[test]
fn xlsx_goes_to_pipes_but_not_to_a_terminal() {
    let out = twin(&["match", "good/small.csv", "--format", "xlsx"]).run();
    out.ok();
    assert!(
        out.stdout_bytes.starts_with(b"PK"),
        "a zip archive on the pipe"
    );

    // A terminal, through script(1) where it exists.
    if !Path::new("/usr/bin/script").exists() {
        return;
    }
    let command = format!(
        "{} match good/small.csv --format xlsx",
        bin().to_str().unwrap()
    );
    let run = std::process::Command::new("/usr/bin/script")
        .args(["-qec", &command, "/dev/null"])
        .current_dir(data_dir())
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    let shown = String::from_utf8_lossy(&run.stdout);
    assert_eq!(run.status.code(), Some(2), "{shown}");
    assert!(shown.contains("-o FILE.xlsx"), "{shown}");
    assert!(!shown.contains("PK"), "{shown}");
}

#[test]
fn csv_output_neutralises_formula_like_text() {
    let out = stdout_of(&["match", "sheets/injection.csv", "--all", "--format", "csv"]);
    let text = String::from_utf8(out).unwrap();
    assert!(text.contains(",'=1+1,"), "{text}");
    assert!(text.contains(",'-Lyon,"), "{text}");
    assert!(text.contains(",'@Sucre,"), "{text}");
    // Scores are never touched, and a name merely containing a '-' is left alone.
    let (_, rows) = parse_csv(text.as_bytes());
    assert!(rows.iter().all(|r| r[1].parse::<f64>().is_ok()));
    assert!(text.contains(",Saint-Étienne Entraide,"), "{text}");
    assert!(text.contains(",'+BO-1,"), "{text}");
    // JSON keeps the names as they are.
    let json = stdout_of(&["match", "sheets/injection.csv", "--all", "--format", "json"]);
    assert!(String::from_utf8(json).unwrap().contains("\"=1+1\""));
}

#[test]
fn a_neutralised_plan_reads_back_as_history() {
    let dir = tempfile::tempdir().unwrap();
    let groups = data_dir().join("sheets/injection.csv");
    let groups = groups.to_str().unwrap();
    twin(&["assign", groups, "-o", "plan.csv"])
        .in_dir(dir.path())
        .run()
        .ok();
    let plan = std::fs::read(dir.path().join("plan.csv")).unwrap();
    let (_, first) = parse_csv(&plan);
    assert!(first.iter().any(|r| r[2] == "'+BO-1" || r[5] == "'+BO-1"));
    // Every pair of the first plan is an existing twin now: none is proposed again.
    let out = twin(&["assign", groups, "--history", "plan.csv", "--format", "csv"])
        .in_dir(dir.path())
        .run();
    out.ok().stderr_lacks("is not between two groups");
    let (_, second) = parse_csv(&out.stdout_bytes);
    for r in &second {
        assert!(
            !first.iter().any(|f| (&f[2], &f[5]) == (&r[2], &r[5])),
            "{r:?} proposed again"
        );
    }
}

#[test]
fn excel_adds_a_bom_and_out_delimiter_changes_the_separator() {
    let out = stdout_of(&[
        "match",
        "good/small.csv",
        "--top",
        "2",
        "--format",
        "csv",
        "--excel",
    ]);
    assert!(out.starts_with(b"\xEF\xBB\xBFrank,score,"));
    let out = stdout_of(&[
        "match",
        "good/small.csv",
        "--top",
        "2",
        "-o",
        "-",
        "--format",
        "csv",
        "--excel",
        "--out-delimiter",
        ";",
    ]);
    let text = String::from_utf8(out[3..].to_vec()).unwrap();
    assert!(text.starts_with("rank;score;id_a;"), "{text}");
    // Without --excel, no BOM: twin's CSV stays plain UTF-8.
    let out = stdout_of(&["match", "good/small.csv", "--top", "2", "--format", "csv"]);
    assert!(out.starts_with(b"rank,score,"));
    // CSV options with another format are a usage error.
    twin(&["match", "good/small.csv", "--format", "json", "--excel"])
        .run()
        .code(2)
        .stdout_empty()
        .stderr_has("--excel applies to CSV output");
}

#[test]
fn excel_follows_the_locales_region_mexico_writes_a_decimal_point() {
    // The plan's first score, from JSON: the oracle, independent of CSV formatting.
    let json = twin(&["assign", EXAMPLES, "--format", "json"]).run();
    json.ok();
    let plan: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    let score = format!("{:.2}", plan["pairs"][0]["score"].as_f64().unwrap());
    assert!(score.contains('.'), "{score}");
    let run = |lang: &str| {
        let out = twin(&["assign", EXAMPLES, "--excel", "--format", "csv"])
            .env("LANG", lang)
            .run();
        out.ok()
            .stderr_has("pares;")
            .stderr_has("grupo hermano")
            .stderr_lacks("pairs;");
        assert!(
            out.stdout_bytes.starts_with(b"\xEF\xBB\xBF"),
            "{lang}: a BOM"
        );
        String::from_utf8(out.stdout_bytes[3..].to_vec()).unwrap()
    };
    // Mexico: Spanish words, but `,` between fields and a decimal point, as Mexican Excel
    // reads numbers.
    let mexico = run("es_MX.UTF-8");
    let (header, rows) = parse_csv(mexico.as_bytes());
    assert_eq!(header, PAIR_COLUMNS, "{mexico}");
    assert_eq!(rows[0][1], score, "{mexico}");
    assert!(mexico.starts_with("rank,score,id_a,"), "{mexico}");
    // Spain: `;` and a decimal comma.
    let spain = run("es_ES.UTF-8");
    assert!(spain.starts_with("rank;score;id_a;"), "{spain}");
    let second = spain.lines().nth(1).unwrap();
    let cell = second.split(';').nth(1).unwrap();
    assert_eq!(cell, score.replace('.', ","), "{second}");
    // twin.toml's `lang = "es-MX"` keeps its region too (and wins over the locale), and
    // --out-delimiter still sets the delimiter.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("twin.toml"), "lang = \"es-MX\"\n").unwrap();
    let groups = data_dir().join(EXAMPLES);
    let groups = groups.to_str().unwrap();
    let out = twin(&["assign", groups, "--excel", "--format", "csv"])
        .args(&["--out-delimiter", ";"])
        .env("LANG", "fr_FR.UTF-8")
        .in_dir(dir.path())
        .run();
    out.ok().stderr_has("pares;");
    let text = String::from_utf8(out.stdout_bytes[3..].to_vec()).unwrap();
    let second = text.lines().nth(1).unwrap();
    assert_eq!(second.split(';').nth(1), Some(score.as_str()), "{text}");
    // --lang es-MX says the same on the command line, over a French locale; --lang es is
    // Spain's comma.
    for (tag, delimiter, cell) in [
        ("es-MX", ',', score.clone()),
        ("es_MX", ',', score.clone()),
        ("es", ';', score.replace('.', ",")),
    ] {
        let out = twin(&[
            "--lang", tag, "assign", EXAMPLES, "--excel", "--format", "csv",
        ])
        .env("LANG", "fr_FR.UTF-8")
        .run();
        out.ok().stderr_has("pares;");
        let text = String::from_utf8(out.stdout_bytes[3..].to_vec()).unwrap();
        let second = text.lines().nth(1).unwrap();
        assert_eq!(
            second.split(delimiter).nth(1),
            Some(cell.as_str()),
            "{tag}: {text}"
        );
    }
}

#[test]
fn a_lang_that_names_no_language_of_twins_is_a_usage_error_in_the_locales_language() {
    for (locale, phrase) in [
        (
            "fr_FR.UTF-8",
            "« de » n’est pas une langue que twin parle : en, fr ou es",
        ),
        ("es_ES.UTF-8", "«de» no es un idioma de twin: en, fr o es"),
        ("C", "\"de\" is not a language twin speaks: en, fr or es"),
    ] {
        for tag in ["de", "de_DE"] {
            let out = twin(&["--lang", tag, "check", EXAMPLES])
                .env("LANG", locale)
                .run();
            out.code(2).stdout_empty();
            if tag == "de" {
                out.stderr_has(phrase);
            }
        }
    }
}
