//! Tests of [`read_table`](super::read_table) against outside data and random input: the
//! csv-spectrum peer suite (every file in `tests/data/csv-spectrum`, vendored with its licence), random bytes and
//! mutated spreadsheet exports (never a panic), and written tables read back cell for cell.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use proptest::prelude::*;

use super::*;
use crate::input::{InputFormat, Loaded, parse_bytes};

/// The vendored csv-spectrum folder, inside the repository.
fn spectrum_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/csv-spectrum")
}

/// Known mistakes in csv-spectrum 2.0.0's expected JSON, fixed upstream later: (file, column,
/// value the JSON expects, value the CSV holds). The test checks each mistake is still there
/// (so a corrected corpus makes it fail until the entry is removed) and expects the CSV's
/// value instead. max-mapper/csv-spectrum issue #20: the phone number differs.
const ERRATA: [(&str, &str, &str, &str); 1] = [(
    "location_coordinates",
    "Contact Phone Number",
    "1234567890",
    "2095257564",
)];

/// The expected rows: an array of objects (or, in location_coordinates.json, one bare
/// object: csv-spectrum issue #22), every value a string.
fn expected_rows(stem: &str, json: &serde_json::Value) -> Vec<BTreeMap<String, String>> {
    let objects = match json {
        serde_json::Value::Array(items) => items.clone(),
        object @ serde_json::Value::Object(_) => vec![object.clone()],
        other => panic!("{stem}.json: not an array of objects: {other}"),
    };
    objects
        .iter()
        .map(|o| {
            let o = o
                .as_object()
                .unwrap_or_else(|| panic!("{stem}.json: {o} is not an object"));
            o.iter()
                .map(|(k, v)| {
                    let v = v
                        .as_str()
                        .unwrap_or_else(|| panic!("{stem}.json: {v} is not a string"));
                    let mut v = v.to_string();
                    for (file, column, wrong, right) in ERRATA {
                        if file == stem && column == k {
                            assert_eq!(
                                v, wrong,
                                "{stem}: erratum fixed in the corpus? remove it from ERRATA"
                            );
                            v = right.to_string();
                        }
                    }
                    (k.clone(), v)
                })
                .collect()
        })
        .collect()
}

#[test]
fn every_csv_spectrum_file_reads_as_its_expected_json() {
    let dir = spectrum_dir();
    let csvs = std::fs::read_dir(dir.join("csvs")).unwrap_or_else(|e| {
        panic!(
            "the csv-spectrum corpus is missing at {} ({e}): it is vendored under tests/data/csv-spectrum",
            dir.display()
        )
    });
    let mut names: Vec<PathBuf> = csvs
        .map(|e| e.expect("a directory entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "csv"))
        .collect();
    names.sort();
    assert!(
        names.len() >= 12,
        "csv-spectrum: only {} files in {}",
        names.len(),
        dir.display()
    );
    for path in &names {
        let stem = path
            .file_stem()
            .and_then(|s| s.to_str())
            .expect("a file name");
        let bytes = std::fs::read(path).expect("a readable CSV");
        let json_path = dir.join("json").join(format!("{stem}.json"));
        let json = std::fs::read_to_string(&json_path)
            .unwrap_or_else(|e| panic!("{}: {e}", json_path.display()));
        let json: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
        let table = read_table(stem, &bytes, b',', &ReadOptions::default())
            .unwrap_or_else(|p| panic!("{stem}: {p:?}"));
        let got: Vec<BTreeMap<String, String>> = table
            .rows
            .iter()
            .map(|r| {
                table
                    .header
                    .iter()
                    .enumerate()
                    .map(|(i, h)| (h.clone(), r.cells.get(i).cloned().unwrap_or_default()))
                    .collect()
            })
            .collect();
        assert_eq!(got, expected_rows(stem, &json), "{stem}");
        assert_eq!(table.delimiter, b',', "{stem}");
    }
    for (file, ..) in ERRATA {
        assert!(
            names.iter().any(|p| p.ends_with(format!("{file}.csv"))),
            "{file} gone"
        );
    }
}

/// A French Excel export, as Windows-1252 bytes with `;` and CRLF.
fn french_export() -> Vec<u8> {
    let text = "Identifiant;Nom;Pays;Langues;Thèmes;Capacité;;\r\n\
                FR-01;Équipe Lyon;France;français;sécurité alimentaire;2,0;;\r\n\
                PE-01;\"Lima; Norte\";Pérou;espagnol;\"santé; \"\"éducation\"\"\";1;;\r\n";
    encoding_rs::WINDOWS_1252.encode(text).0.into_owned()
}

/// Reads `bytes` through the table and the profile reader; checks what holds for any input.
fn read_any(bytes: &[u8], options: &ReadOptions) {
    let table_ok = match read_table("p.csv", bytes, b',', options) {
        Ok(t) => {
            assert!(t.header.last().is_none_or(|c| !c.is_empty()));
            let mut line = t.header_line;
            for row in &t.rows {
                assert!(row.line > line, "lines go up: {t:?}");
                line = row.line;
            }
            true
        }
        Err(problems) => {
            assert!(!problems.is_empty());
            assert!(problems.iter().all(|p| p.file == "p.csv"));
            false
        }
    };
    let mut out = Loaded::default();
    parse_bytes("p.csv", bytes, InputFormat::Csv(b','), options, &mut out);
    if !table_ok {
        assert!(out.records.is_empty() && !out.problems.is_empty());
    }
    for p in out.problems.iter().chain(&out.warnings) {
        assert!(p.file == "p.csv" && p.line.is_none_or(|l| l >= 1), "{p}");
    }
    assert!(
        out.records
            .iter()
            .all(|r| &*r.file == "p.csv" && r.line >= 1)
    );
}

/// One edit of a byte string: insert, delete or replace at a position.
fn edit() -> impl Strategy<Value = (u8, usize, u8)> {
    let interesting = prop_oneof![
        Just(b'"'),
        Just(b','),
        Just(b';'),
        Just(b'\t'),
        Just(b'|'),
        Just(b'\r'),
        Just(b'\n'),
        Just(0xE9),
        Just(0xFF),
        Just(0xFE),
        Just(0x00),
        any::<u8>(),
    ];
    (0u8..3, any::<usize>(), interesting)
}

/// The options twin may be run with.
fn options() -> impl Strategy<Value = ReadOptions> {
    let encoding = prop_oneof![
        Just(None),
        Just(Some("utf-8".to_string())),
        Just(Some("windows-1252".to_string())),
        Just(Some("utf-16le".to_string())),
    ];
    let delimiter = prop_oneof![
        Just(None),
        Just(Some(b',')),
        Just(Some(b';')),
        Just(Some(b'\t'))
    ];
    (encoding, delimiter).prop_map(|(encoding, delimiter)| ReadOptions {
        encoding,
        delimiter,
        ..ReadOptions::default()
    })
}

/// A cell as people type them: quotes, delimiters, line breaks, accents, spaces.
fn cell() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            Just('a'),
            Just('Z'),
            Just('7'),
            Just(' '),
            Just('"'),
            Just(','),
            Just(';'),
            Just('\t'),
            Just('|'),
            Just('\r'),
            Just('\n'),
            Just('é'),
            Just('\u{a0}'),
            Just('ñ'),
        ],
        0..6,
    )
    .prop_map(|c| c.into_iter().collect())
}

/// Writes `header` and `rows` as CSV with `delimiter` and `ending`.
fn write(header: &[String], rows: &[Vec<String>], delimiter: u8, ending: &str) -> Vec<u8> {
    let mut w = csv::WriterBuilder::new()
        .delimiter(delimiter)
        .terminator(match ending {
            "\r\n" => csv::Terminator::CRLF,
            e => csv::Terminator::Any(e.as_bytes()[0]),
        })
        .flexible(true)
        .from_writer(Vec::new());
    w.write_record(header).expect("written");
    for row in rows {
        w.write_record(row).expect("written");
    }
    w.into_inner().expect("flushed")
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400), o in options()) {
        read_any(&bytes, &o);
    }

    #[test]
    fn mutated_exports_never_panic(edits in proptest::collection::vec(edit(), 1..8), o in options()) {
        let mut bytes = french_export();
        for (op, at, byte) in edits {
            let at = at % (bytes.len() + 1);
            match op {
                0 => bytes.insert(at, byte),
                1 if at < bytes.len() => { bytes.remove(at); }
                _ if at < bytes.len() => bytes[at] = byte,
                _ => bytes.push(byte),
            }
        }
        read_any(&bytes, &o);
    }

    #[test]
    fn written_tables_read_back_cell_for_cell(
        width in 2usize..5,
        cells in proptest::collection::vec(cell(), 0..24),
        delimiter in prop_oneof![Just(b','), Just(b';'), Just(b'\t'), Just(b'|')],
        ending in prop_oneof![Just("\n"), Just("\r\n"), Just("\r")],
        forced in any::<bool>(),
    ) {
        let header: Vec<String> = (0..width).map(|i| format!("col{i}")).collect();
        // Each row starts with a plain cell, so no row is blank.
        let rows: Vec<Vec<String>> = cells
            .chunks(width - 1)
            .enumerate()
            .map(|(i, c)| std::iter::once(format!("r{i}")).chain(c.iter().cloned()).collect())
            .collect();
        let bytes = write(&header, &rows, delimiter, ending);
        let options = ReadOptions {
            delimiter: forced.then_some(delimiter),
            ..ReadOptions::default()
        };
        let t = read_table("w.csv", &bytes, b',', &options).map_err(|p| TestCaseError::fail(format!("{p:?}")))?;
        prop_assert_eq!(t.delimiter, delimiter);
        prop_assert_eq!(&t.header, &header);
        let got: Vec<Vec<String>> = t.rows.iter().map(|r| r.cells.clone()).collect();
        prop_assert_eq!(got, rows);
    }
}

#[test]
fn the_french_export_reads_without_options() {
    let t = read_table("fr.csv", &french_export(), b',', &ReadOptions::default()).unwrap();
    assert_eq!((t.delimiter, t.encoding), (b';', encoding_rs::WINDOWS_1252));
    assert_eq!(
        t.header,
        [
            "Identifiant",
            "Nom",
            "Pays",
            "Langues",
            "Thèmes",
            "Capacité"
        ]
    );
    assert_eq!(
        t.rows[1].cells[1..5],
        ["Lima; Norte", "Pérou", "espagnol", "santé; \"éducation\""]
    );
    assert_eq!((t.rows[0].line, t.rows[1].line), (2, 3));
}
