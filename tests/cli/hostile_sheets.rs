//! Hostile workbooks: files of a few kilobytes that declare (or inflate to) gigabytes. Each is
//! built here, from a real workbook with one part changed, and must be refused with one
//! error naming the file, the part and the limit (exit 1, nothing written) — never an
//! abort. Also: workbooks given as CSV, and read as history.
//!
//! The builders here (`xlsx`, `ods_with`, `xls`, BIFF records, `declare_size`), on top of
//! those in `twin::testkit::workbook` (`entries`, `rezip`, `compound_file`, shared with the
//! `container` fuzz target), are shared with the generated cases of `sheet_structure_fuzz`;
//! the hostile files are also the seeds of `fuzz/seeds/container/` and `fuzz/seeds/sheet/`.

use twin::internals::input::sheet_limits::{
    MAX_CELL_TEXT_BYTES, MAX_ODS_ROW_REPEATS, MAX_SHARED_STRINGS, MAX_SHEET_CELLS,
    MAX_SHEET_TEXT_BYTES, MAX_ZIP_ENTRY_BYTES, bytes as size, count,
};
use twin::testkit::workbook::{compound_file, entries, rezip};

use crate::harness::{data_dir, twin};

/// The header and one row of a valid list of groups.
pub(crate) const GROUPS: [[&str; 6]; 3] = [
    ["id", "name", "country", "languages", "themes", "capacity"],
    ["FR-1", "Lyon", "FR", "fr", "health", "1"],
    ["PE-1", "Lima", "PE", "es; fr", "health", "1"],
];

/// A small valid xlsx of [`GROUPS`] (written by rust_xlsxwriter, shared strings included).
pub(crate) fn xlsx() -> Vec<u8> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let ws = book.add_worksheet();
    for (r, row) in GROUPS.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            ws.write_string(r as u32, c as u16, *cell).unwrap();
        }
    }
    book.save_to_buffer().unwrap()
}

/// `zip` with the uncompressed size that entry `name` declares (local header and central
/// directory) set to `size`: a zip that lies about what it inflates to.
pub(crate) fn declare_size(zip: &[u8], name: &str, size: u32) -> Vec<u8> {
    let mut out = zip.to_vec();
    let mut patched = 0;
    for (sig, size_at, name_len_at, name_at) in
        [(b"PK\x03\x04", 22, 26, 30), (b"PK\x01\x02", 24, 28, 46)]
    {
        let mut i = 0;
        while let Some(p) = out[i..].windows(4).position(|w| w == sig) {
            let at = i + p;
            let len = u16::from_le_bytes([out[at + name_len_at], out[at + name_len_at + 1]]);
            if out.get(at + name_at..at + name_at + usize::from(len)) == Some(name.as_bytes()) {
                out[at + size_at..at + size_at + 4].copy_from_slice(&size.to_le_bytes());
                patched += 1;
            }
            i = at + 4;
        }
    }
    assert_eq!(patched, 2, "entry {name} not found");
    out
}

/// The committed `.ods` fixture with `content.xml` changed by `edit`.
pub(crate) fn ods_with(edit: impl Fn(&str) -> String) -> Vec<u8> {
    let good = std::fs::read(data_dir().join("sheets/groups.ods")).unwrap();
    let content = entries(&good)
        .into_iter()
        .find(|(n, _)| n == "content.xml")
        .unwrap()
        .1;
    let content = edit(std::str::from_utf8(&content).unwrap());
    rezip(&good, "content.xml", content.as_bytes())
}

/// One BIFF8 record.
pub(crate) fn record(typ: u16, data: &[u8]) -> Vec<u8> {
    let mut r = typ.to_le_bytes().to_vec();
    r.extend((data.len() as u16).to_le_bytes());
    r.extend(data);
    r
}

/// A LABEL record: text in cell (row, col).
pub(crate) fn label(row: u16, col: u16, text: &str) -> Vec<u8> {
    let mut d = [row.to_le_bytes(), col.to_le_bytes(), [0, 0]].concat();
    d.extend((text.len() as u16).to_le_bytes());
    d.push(0);
    d.extend(text.bytes());
    record(0x0204, &d)
}

/// A BIFF8 DIMENSIONS record: rows `first..last_plus_one`, columns `col..col_end`.
pub(crate) fn dimensions(first: u32, last_plus_one: u32, col: u16, col_end: u16) -> Vec<u8> {
    let d = [
        &first.to_le_bytes()[..],
        &last_plus_one.to_le_bytes(),
        &col.to_le_bytes(),
        &col_end.to_le_bytes(),
        &[0, 0],
    ]
    .concat();
    record(0x0200, &d)
}

/// An `.xls` (BIFF8 in an OLE compound file) with one sheet "Groups" made of `cells` records
/// after a DIMENSIONS record `dims`.
pub(crate) fn xls(dims: &[u8], cells: &[Vec<u8>]) -> Vec<u8> {
    let bof = |dt: u16| {
        record(
            0x0809,
            &[&0x0600u16.to_le_bytes()[..], &dt.to_le_bytes(), &[0; 12]].concat(),
        )
    };
    let eof = record(0x000A, &[]);
    let name = "Groups";
    let bound = |pos: u32| {
        let mut d = pos.to_le_bytes().to_vec();
        d.extend([0, 0, name.len() as u8, 0]);
        d.extend(name.bytes());
        record(0x0085, &d)
    };
    let globals_len = bof(5).len() + bound(0).len() + eof.len();
    let mut stream = [bof(5), bound(globals_len as u32), eof.clone()].concat();
    stream.extend(bof(0x10));
    stream.extend(dims);
    for c in cells {
        stream.extend(c);
    }
    stream.extend(&eof);
    compound_file(&stream)
}

/// An `.xls` of [`GROUPS`] whose DIMENSIONS record says what it holds.
pub(crate) fn good_xls() -> Vec<u8> {
    let cells: Vec<Vec<u8>> = GROUPS
        .iter()
        .enumerate()
        .flat_map(|(r, row)| {
            row.iter()
                .enumerate()
                .map(move |(c, text)| label(r as u16, c as u16, text))
        })
        .collect();
    xls(&dimensions(0, 3, 0, 6), &cells)
}

/// Runs `twin match NAME -o out.csv` on `bytes` in a fresh folder: exactly one error, which
/// starts with the file name and holds every word, and no output file. With
/// `TWIN_HOSTILE_DIR` set, the file is also saved there (to measure other builds on it).
#[track_caller]
fn refused(name: &str, bytes: &[u8], words: &[&str]) {
    if let Some(keep) = std::env::var_os("TWIN_HOSTILE_DIR") {
        std::fs::write(std::path::Path::new(&keep).join(name), bytes).unwrap();
    }
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(name), bytes).unwrap();
    twin(&["match", name, "-o", "out.csv"])
        .in_dir(dir.path())
        .run()
        .one_error(&format!("{name}:"), words);
    assert!(
        !dir.path().join("out.csv").exists(),
        "an output was written"
    );
}

#[test]
fn the_builders_make_workbooks_twin_reads() {
    let dir = tempfile::tempdir().unwrap();
    for (name, bytes) in [
        ("g.xlsx", xlsx()),
        ("g.xls", good_xls()),
        ("g.ods", ods_with(str::to_string)),
        (
            "r.xlsx",
            rezip(&xlsx(), "xl/styles.xml", &entries(&xlsx())[4].1),
        ),
    ] {
        std::fs::write(dir.path().join(name), bytes).unwrap();
        twin(&["check", name]).in_dir(dir.path()).run().ok();
    }
}

#[test]
fn a_shared_string_count_of_four_billion_is_refused_before_any_allocation() {
    let good = xlsx();
    let sst = entries(&good)
        .into_iter()
        .find(|(n, _)| n == "xl/sharedStrings.xml")
        .unwrap()
        .1;
    let sst = String::from_utf8(sst).unwrap();
    let at = sst.find("uniqueCount=\"").unwrap() + "uniqueCount=\"".len();
    let end = at + sst[at..].find('"').unwrap();
    let hostile = format!("{}4294967295{}", &sst[..at], &sst[end..]);
    let bytes = rezip(&good, "xl/sharedStrings.xml", hostile.as_bytes());
    assert!(bytes.len() < 8_000);
    let limit = count(MAX_SHARED_STRINGS);
    refused(
        "strings.xlsx",
        &bytes,
        &[
            "zip entry \"xl/sharedStrings.xml\"",
            "uniqueCount=\"4294967295\"",
            &limit,
        ],
    );
}

#[test]
fn a_zip_entry_declaring_gigabytes_is_refused_before_inflating() {
    let bytes = declare_size(&xlsx(), "xl/worksheets/sheet1.xml", 0xFFFF_FF00);
    refused(
        "bomb.xlsx",
        &bytes,
        &[
            "zip entry \"xl/worksheets/sheet1.xml\"",
            "declares 4.0 GB",
            &format!("{} per entry", size(MAX_ZIP_ENTRY_BYTES)),
        ],
    );
}

#[test]
fn a_far_cell_in_an_xlsx_is_refused_with_the_cell_and_the_limit() {
    let good = xlsx();
    let sheet = entries(&good)
        .into_iter()
        .find(|(n, _)| n == "xl/worksheets/sheet1.xml")
        .unwrap()
        .1;
    let sheet = String::from_utf8(sheet).unwrap().replace(
        "</sheetData>",
        r#"<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>"#,
    );
    let bytes = rezip(&good, "xl/worksheets/sheet1.xml", sheet.as_bytes());
    refused(
        "far.xlsx",
        &bytes,
        &[
            "cell XFD1048576",
            "1,048,576 rows × 16,384 columns",
            &count(MAX_SHEET_CELLS),
        ],
    );
}

#[test]
fn a_long_shared_string_in_many_cells_is_refused_by_its_copies() {
    let good = xlsx();
    let long = "x".repeat(MAX_CELL_TEXT_BYTES as usize / 2);
    let files = entries(&good);
    let sst = String::from_utf8(
        files
            .iter()
            .find(|(n, _)| n == "xl/sharedStrings.xml")
            .unwrap()
            .1
            .clone(),
    )
    .unwrap()
    .replacen("<t>id</t>", &format!("<t>id{long}</t>"), 1);
    let copies = MAX_SHEET_TEXT_BYTES / (MAX_CELL_TEXT_BYTES / 2) + 1;
    let cells: String = (0..copies)
        .map(|i| format!(r#"<c r="A{}" t="s"><v>0</v></c>"#, i + 10))
        .collect();
    let sheet = String::from_utf8(
        files
            .iter()
            .find(|(n, _)| n == "xl/worksheets/sheet1.xml")
            .unwrap()
            .1
            .clone(),
    )
    .unwrap()
    .replace(
        "</sheetData>",
        &format!(r#"<row r="10">{cells}</row></sheetData>"#),
    );
    let bytes = rezip(
        &rezip(&good, "xl/sharedStrings.xml", sst.as_bytes()),
        "xl/worksheets/sheet1.xml",
        sheet.as_bytes(),
    );
    assert!(bytes.len() < 50_000, "{}", bytes.len());
    let limit = format!("{} of text", size(MAX_SHEET_TEXT_BYTES));
    refused("copies.xlsx", &bytes, &[&limit, "shared string"]);
}

#[test]
fn an_ods_cell_repeated_over_every_row_and_column_is_refused() {
    let row = r#"<table:table-row table:number-rows-repeated="1048576"><table:table-cell table:number-columns-repeated="16384" office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>"#;
    let bytes = ods_with(|c| c.replace("</table:table>", &format!("{row}</table:table>")));
    assert!(bytes.len() < 4_000, "{}", bytes.len());
    refused(
        "repeat.ods",
        &bytes,
        &[
            "sheet \"Groupes\"",
            "repeated 1,048,576 times",
            &count(MAX_ODS_ROW_REPEATS),
        ],
    );
}

#[test]
fn an_ods_row_repeated_a_million_times_is_one_error_not_millions() {
    let row = r#"<table:table-row table:number-rows-repeated="1000000"><table:table-cell office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>"#;
    let bytes = ods_with(|c| c.replace("</table:table>", &format!("{row}</table:table>")));
    refused(
        "million.ods",
        &bytes,
        &[
            "sheet \"Groupes\", row 12",
            "repeated 1,000,000 times",
            "table:number-rows-repeated",
        ],
    );
}

#[test]
fn an_ods_area_over_the_limit_is_refused_with_its_size() {
    // Repeats within the row limit, columns across the whole sheet.
    let row = format!(
        r#"<table:table-row table:number-rows-repeated="{MAX_ODS_ROW_REPEATS}"><table:table-cell table:number-columns-repeated="16384" office:value-type="float" office:value="1"><text:p>1</text:p></table:table-cell></table:table-row>"#
    );
    let bytes = ods_with(|c| c.replace("</table:table>", &format!("{row}</table:table>")));
    refused(
        "wide.ods",
        &bytes,
        &[
            "sheet \"Groupes\"",
            "16,384 columns",
            "repeats included",
            &count(MAX_SHEET_CELLS),
        ],
    );
}

#[test]
fn an_ods_repeated_long_text_is_refused_by_its_copies() {
    let long = "y".repeat(300_000);
    let row = format!(
        r#"<table:table-row table:number-rows-repeated="1000"><table:table-cell table:number-columns-repeated="1000" office:value-type="string"><text:p>{long}</text:p></table:table-cell></table:table-row>"#
    );
    let bytes = ods_with(|c| c.replace("</table:table>", &format!("{row}</table:table>")));
    let limit = format!("{} of text", size(MAX_SHEET_TEXT_BYTES));
    refused("text.ods", &bytes, &["sheet \"Groupes\"", &limit]);
}

#[test]
fn an_xls_with_one_byte_changed_in_its_dimensions_is_refused() {
    let good = good_xls();
    let dims = dimensions(0, 3, 0, 6);
    let at = good.windows(dims.len()).position(|w| w == dims).unwrap();
    // The high byte of the last row: 3 → 0x40000003.
    let mut bytes = good.clone();
    bytes[at + 4 + 7] = 0x40;
    refused(
        "dims.xls",
        &bytes,
        &[
            "sheet \"Groups\"",
            "DIMENSIONS record",
            "1,073,741,827 rows × 6 columns",
            &count(MAX_SHEET_CELLS),
        ],
    );
    // The first row after the last.
    let mut bytes = good;
    bytes[at + 4] = 9;
    refused(
        "inverted.xls",
        &bytes,
        &[
            "sheet \"Groups\"",
            "DIMENSIONS record",
            "end before they start",
        ],
    );
}

#[test]
fn xls_cells_far_apart_are_refused_by_their_area() {
    let cells = vec![label(0, 0, "id"), label(65_535, 255, "x")];
    refused(
        "far.xls",
        &xls(&dimensions(0, 1, 0, 1), &cells),
        &[
            "sheet \"Groups\"",
            "its cells span",
            "65,536 rows × 256 columns",
        ],
    );
}

#[test]
fn a_workbook_named_csv_is_told_what_it_is() {
    for (bytes, kind, ext) in [
        (xlsx(), "an Excel workbook (xlsx)", ".xlsx"),
        (
            ods_with(str::to_string),
            "an OpenDocument spreadsheet (ods)",
            ".ods",
        ),
        (good_xls(), "(xls)", ".xls"),
    ] {
        refused(
            "groups.csv",
            &bytes,
            &[kind, "not CSV", &format!("rename it to {ext}")],
        );
    }
}

#[test]
fn a_utf16be_file_without_a_bom_is_told_utf16be() {
    let text = "id,name,country,languages,themes\nFR-1,Lyon,FR,fr,health\n";
    let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("be.csv"), &be).unwrap();
    twin(&["check", "be.csv"])
        .in_dir(dir.path())
        .run()
        .code(1)
        .stderr_has("--encoding utf-16be")
        .stderr_lacks("utf-16le");
    twin(&["check", "be.csv", "--encoding", "utf-16be"])
        .in_dir(dir.path())
        .run()
        .ok();
}

#[test]
fn history_reads_a_workbook_plan_or_a_workbook_named_csv() {
    let dir = tempfile::tempdir().unwrap();
    let groups = GROUPS.map(|r| r.join(",")).join("\n");
    std::fs::write(dir.path().join("g.csv"), groups).unwrap();
    let mut book = rust_xlsxwriter::Workbook::new();
    let ws = book.add_worksheet();
    ws.write_row(0, 0, ["rank", "id_a", "id_b"]).unwrap();
    ws.write_row(1, 0, ["1", "FR-1", "PE-1"]).unwrap();
    let plan = book.save_to_buffer().unwrap();
    std::fs::write(dir.path().join("plan.xlsx"), &plan).unwrap();
    std::fs::write(dir.path().join("plan.csv"), &plan).unwrap();
    let fresh = twin(&["assign", "g.csv", "--format", "csv"])
        .in_dir(dir.path())
        .run();
    fresh.ok().stdout_has("FR-1");
    for history in ["plan.xlsx", "plan.csv"] {
        let out = twin(&["assign", "g.csv", "--format", "csv", "--history", history])
            .in_dir(dir.path())
            .run();
        out.ok();
        let (_, rows) = out.csv();
        assert!(
            rows.is_empty(),
            "{history}: the past pair was proposed again: {rows:?}"
        );
    }
    // A workbook without the columns names them.
    std::fs::write(dir.path().join("other.xlsx"), xlsx()).unwrap();
    twin(&["assign", "g.csv", "--history", "other.xlsx"])
        .in_dir(dir.path())
        .run()
        .code(1)
        .stderr_has("other.xlsx:1: a history file needs the columns id_a and id_b");
}
