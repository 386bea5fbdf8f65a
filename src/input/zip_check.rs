//! Budgets of a zip workbook (`.xlsx`, `.ods`), checked before calamine opens it.
//!
//! Each entry's declared uncompressed size is checked first, then every entry is inflated
//! once into nothing, counting the bytes it really gives (a zip bomb may lie about its size),
//! and the parts calamine turns into memory are read as XML, to count what they hold: the
//! shared strings of an `.xlsx` (declared with `uniqueCount` and actual), the rows, repeats,
//! cells and text of each table of an `.ods`, and the elements of the other parts. Limits
//! are in [`super::sheet_limits`]. A damaged archive is left to calamine, which says so.

use std::io::{self, BufReader, Cursor, Read};

use quick_xml::events::{BytesStart, Event};
use zip::ZipArchive;

use super::sheet_limits::{
    MAX_CELL_TEXT_BYTES, MAX_ODS_ROW_REPEATS, MAX_SHARED_STRINGS, MAX_SHEET_CELLS,
    MAX_SHEET_TEXT_BYTES, MAX_SHEETS, MAX_WORKBOOK_CELLS, MAX_ZIP_ENTRIES, MAX_ZIP_ENTRY_BYTES,
    MAX_ZIP_TOTAL_BYTES, bytes,
};
use crate::i18n::tr;
use crate::output::terminal::escape;

/// The most XML elements a part other than a sheet, the shared strings or the ODS content
/// may hold (styles, relationships, the workbook's list of sheets: a few thousand in a real
/// file). calamine keeps some of them (styles, sheet names) in memory.
pub(super) const MAX_PART_ELEMENTS: u64 = 1_000_000;

/// The limits one check applies: twin's ([`Budget::DEFAULT`]), or smaller ones in tests.
#[derive(Debug, Clone, Copy)]
pub(super) struct Budget {
    pub entry_bytes: u64,
    pub total_bytes: u64,
    pub shared_strings: u64,
    pub part_elements: u64,
}

impl Budget {
    /// The limits of [`super::sheet_limits`].
    pub(super) const DEFAULT: Budget = Budget {
        entry_bytes: MAX_ZIP_ENTRY_BYTES,
        total_bytes: MAX_ZIP_TOTAL_BYTES,
        shared_strings: MAX_SHARED_STRINGS,
        part_elements: MAX_PART_ELEMENTS,
    };
}

/// Checks the zip workbook `data` (an `.ods` when `ods`) against twin's budgets; the message
/// says which entry is over which limit.
pub(super) fn check(data: &[u8], ods: bool) -> Result<(), String> {
    check_within(data, ods, Budget::DEFAULT)
}

/// [`check`] with the limits of `budget`.
pub(super) fn check_within(data: &[u8], ods: bool, budget: Budget) -> Result<(), String> {
    let Ok(mut archive) = ZipArchive::new(Cursor::new(data)) else {
        return Ok(());
    };
    if archive.len() > MAX_ZIP_ENTRIES {
        return Err(tr(
            "input-zip-too-many-entries",
            &[
                ("count", (archive.len() as u64).into()),
                ("limit", (MAX_ZIP_ENTRIES as u64).into()),
            ],
        ));
    }
    let mut declared_total = 0u64;
    for i in 0..archive.len() {
        let Ok(entry) = archive.by_index_raw(i) else {
            continue;
        };
        let size = entry.size();
        if size > budget.entry_bytes {
            return Err(tr(
                "input-zip-entry-declares-too-much",
                &[
                    (
                        "entry",
                        escape(entry.name().unwrap_or_default().as_ref())
                            .into_owned()
                            .into(),
                    ),
                    ("size", bytes(size).into()),
                    ("limit", bytes(budget.entry_bytes).into()),
                ],
            ));
        }
        declared_total = declared_total.saturating_add(size);
    }
    if declared_total > budget.total_bytes {
        return Err(tr(
            "input-zip-declares-too-much",
            &[
                ("size", bytes(declared_total).into()),
                ("limit", bytes(budget.total_bytes).into()),
            ],
        ));
    }
    let mut total = 0u64;
    for i in 0..archive.len() {
        let Ok(entry) = archive.by_index(i) else {
            continue;
        };
        let name = entry.name().unwrap_or_default().into_owned();
        let declared = entry.size();
        let kind = Part::of(&name, ods);
        let limit = budget.entry_bytes.min(budget.total_bytes - total);
        let mut reader = Bounded {
            inner: entry,
            left: limit,
            read: 0,
            over: false,
        };
        let result = match kind {
            Part::SharedStrings => xlsx_part(&mut reader, true, budget.shared_strings),
            Part::OdsContent => ods_content(&mut reader),
            Part::Sheet => xlsx_part(&mut reader, false, budget.shared_strings),
            Part::Other => other_part(&mut reader, budget.part_elements),
        };
        let entry_name = escape(&name).into_owned();
        if reader.over {
            return Err(if limit < budget.entry_bytes {
                tr(
                    "input-zip-inflates-too-much",
                    &[
                        ("limit", bytes(budget.total_bytes).into()),
                        ("entry", entry_name.into()),
                    ],
                )
            } else {
                tr(
                    "input-zip-entry-inflates-too-much",
                    &[
                        ("entry", entry_name.into()),
                        ("limit", bytes(budget.entry_bytes).into()),
                    ],
                )
            });
        }
        total += reader.read;
        match result {
            Ok(Err(why)) => {
                return Err(tr(
                    "input-zip-entry-problem",
                    &[("entry", entry_name.into()), ("why", why.into())],
                ));
            }
            // The zip reader stops an entry at the size it declares (as it does for calamine).
            Err(e)
                if e.to_string()
                    .contains("larger than its declared uncompressed size") =>
            {
                return Err(tr(
                    "input-zip-entry-lies",
                    &[
                        ("entry", entry_name.into()),
                        ("size", bytes(declared).into()),
                    ],
                ));
            }
            // Other read errors (a bad checksum, broken XML) are calamine's to report, if it
            // needs the part.
            _ => {}
        }
    }
    Ok(())
}

/// What an entry is to calamine.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    /// `xl/sharedStrings.xml`: every string is kept.
    SharedStrings,
    /// `content.xml` of an `.ods`: every table is read when the file is opened.
    OdsContent,
    /// An `.xlsx` worksheet: read cell by cell, checked by the sheet reader.
    Sheet,
    /// Anything else.
    Other,
}

impl Part {
    fn of(name: &str, ods: bool) -> Part {
        let lower = name.to_ascii_lowercase();
        if ods && lower == "content.xml" {
            Part::OdsContent
        } else if !ods && lower.ends_with("sharedstrings.xml") {
            Part::SharedStrings
        } else if !ods && lower.contains("worksheets/") {
            Part::Sheet
        } else {
            Part::Other
        }
    }
}

/// A reader that stops with an error once more than `left` bytes have come through.
struct Bounded<R> {
    inner: R,
    left: u64,
    read: u64,
    over: bool,
}

impl<R: Read> Read for Bounded<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        if n as u64 > self.left {
            self.over = true;
            return Err(io::Error::other("over the limit"));
        }
        self.left -= n as u64;
        self.read += n as u64;
        Ok(n)
    }
}

/// An XML reader over `r` that keeps the text as it is (only counting is done).
fn xml<R: Read>(r: R) -> quick_xml::Reader<BufReader<R>> {
    let mut reader = quick_xml::Reader::from_reader(BufReader::new(r));
    // As calamine reads them, but empty elements are told apart.
    let config = reader.config_mut();
    config.check_end_names = false;
    config.check_comments = false;
    config.expand_empty_elements = false;
    reader
}

/// The value of attribute `key` (exact name), if any.
fn attr(e: &BytesStart<'_>, key: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.as_ref() == key)
        .map(|a| a.value.as_ref().to_string())
}

/// A number written in an attribute; what calamine cannot parse it reports itself.
fn number(value: Option<String>) -> Option<u64> {
    value?.trim().parse().ok()
}

/// The bytes of text an event adds to the cell or string being read.
fn text_len(event: &Event<'_>) -> u64 {
    match event {
        Event::Text(t) => t.len() as u64,
        Event::CData(t) => t.len() as u64,
        // An entity or character reference is a few bytes once resolved.
        Event::GeneralRef(_) => 4,
        _ => 0,
    }
}

/// The problem with a run of text too long for any cell, outside of one.
fn loose_text() -> String {
    tr(
        "input-zip-loose-text",
        &[("limit", bytes(MAX_CELL_TEXT_BYTES).into())],
    )
}

/// Walks the shared strings (`<si>`) of an `.xlsx`, or the cells (`<c>`) of one of its
/// sheets: how many strings there are, declared (`uniqueCount`, which calamine reserves room
/// for) and actual, and how much text each string or cell holds.
fn xlsx_part<R: Read>(r: R, shared: bool, limit: u64) -> io::Result<Result<(), String>> {
    let mut xml = xml(r);
    let mut buf = Vec::new();
    let mut strings = 0u64;
    let mut total = 0u64;
    // The text of the string or cell being read, and its name.
    let mut current: Option<(u64, String)> = None;
    loop {
        buf.clear();
        let event = match xml.read_event_into(&mut buf) {
            Ok(e) => e,
            Err(quick_xml::Error::Io(e)) => return Err(io::Error::other(e.to_string())),
            Err(_) => return io::copy(xml.get_mut(), &mut io::sink()).map(|_| Ok(())),
        };
        match &event {
            Event::Start(e) | Event::Empty(e) => match e.local_name().as_ref() {
                "sst" if shared => {
                    for key in ["uniqueCount", "count"] {
                        if let Some(n) = number(attr(e, key)).filter(|&n| n > limit) {
                            return Ok(Err(tr(
                                "input-xlsx-strings-declared",
                                &[
                                    ("attribute", format!("{key}=\"{n}\"").into()),
                                    ("limit", limit.into()),
                                ],
                            )));
                        }
                    }
                }
                "si" if shared => {
                    strings += 1;
                    if strings > limit {
                        return Ok(Err(tr(
                            "input-xlsx-too-many-strings",
                            &[("limit", limit.into())],
                        )));
                    }
                    current = Some((
                        0,
                        tr("input-xlsx-shared-string", &[("number", strings.into())]),
                    ));
                }
                "c" if !shared => {
                    let cell = attr(e, "r").unwrap_or_default();
                    current = Some((
                        0,
                        tr(
                            "input-xlsx-cell",
                            &[("cell", escape(&cell).into_owned().into())],
                        ),
                    ));
                }
                _ => {}
            },
            Event::End(e) if matches!(e.local_name().as_ref(), "c" | "si") => current = None,
            Event::Eof => return Ok(Ok(())),
            _ => {}
        }
        let n = text_len(&event);
        if n == 0 {
            continue;
        }
        total = total.saturating_add(n);
        match current.as_mut() {
            Some((text, name)) => {
                *text = text.saturating_add(n);
                if *text > MAX_CELL_TEXT_BYTES {
                    return Ok(Err(tr(
                        "input-xlsx-cell-too-long",
                        &[
                            ("what", name.clone().into()),
                            ("limit", bytes(MAX_CELL_TEXT_BYTES).into()),
                        ],
                    )));
                }
            }
            None if n > MAX_CELL_TEXT_BYTES => return Ok(Err(loose_text())),
            None => {}
        }
        if shared && total > MAX_SHEET_TEXT_BYTES {
            return Ok(Err(tr(
                "input-xlsx-strings-too-much-text",
                &[("limit", bytes(MAX_SHEET_TEXT_BYTES).into())],
            )));
        }
    }
}

/// Counts the elements of a part calamine may keep, whatever it is.
fn other_part<R: Read>(r: R, limit: u64) -> io::Result<Result<(), String>> {
    let mut xml = xml(r);
    let mut buf = Vec::new();
    let mut elements = 0u64;
    loop {
        buf.clear();
        match xml.read_event_into(&mut buf) {
            Ok(Event::Start(_) | Event::Empty(_)) => {
                elements += 1;
                if elements > limit {
                    return Ok(Err(tr(
                        "input-zip-too-many-elements",
                        &[("limit", limit.into())],
                    )));
                }
            }
            Ok(Event::Eof) => return Ok(Ok(())),
            Ok(_) => {}
            Err(quick_xml::Error::Io(e)) => return Err(io::Error::other(e.to_string())),
            // Not XML (an image, a binary part): only its size counts.
            Err(_) => return io::copy(xml.get_mut(), &mut io::sink()).map(|_| Ok(())),
        }
    }
}

/// What one table of an `.ods` asks calamine for, as it reads the rows.
#[derive(Debug, Default)]
struct Table {
    name: String,
    /// Rows so far, repeats included.
    rows: u64,
    /// The first and the end of the rows that hold values (0-based, end exclusive).
    first_row: Option<u64>,
    end_row: u64,
    /// The widest row that holds values: its last value's column + 1, repeats included.
    width: u64,
    /// Bytes of text in its cells, each repeated copy counted.
    text: u64,
}

impl Table {
    /// The cells calamine allocates for the table's used area.
    fn cells(&self) -> u64 {
        self.first_row
            .map_or(0, |first| (self.end_row - first).saturating_mul(self.width))
    }

    fn check(&self) -> Result<(), String> {
        let cells = self.cells();
        if cells > MAX_SHEET_CELLS {
            return Err(tr(
                "input-ods-sheet-too-large",
                &[
                    ("sheet", escape(&self.name).into_owned().into()),
                    ("rows", (self.end_row - self.first_row.unwrap_or(0)).into()),
                    ("columns", self.width.into()),
                    ("cells", cells.into()),
                    ("limit", MAX_SHEET_CELLS.into()),
                ],
            ));
        }
        if self.text > MAX_SHEET_TEXT_BYTES {
            return Err(tr(
                "input-ods-sheet-too-much-text",
                &[
                    ("sheet", escape(&self.name).into_owned().into()),
                    ("limit", bytes(MAX_SHEET_TEXT_BYTES).into()),
                ],
            ));
        }
        Ok(())
    }
}

/// The row being read in an `.ods` table.
#[derive(Debug, Default)]
struct OdsRow {
    repeats: u64,
    /// Columns so far, repeats included.
    cols: u64,
    /// Column after the last cell with a value.
    width: u64,
    /// Bytes of text and formulas in the row, each repeated cell counted.
    text: u64,
}

/// The cell being read in an `.ods` row.
#[derive(Debug, Default)]
struct OdsCell {
    repeats: u64,
    /// It holds a value, a formula or any content.
    value: bool,
    text: u64,
}

/// Walks the tables of an `.ods` `content.xml` as calamine will: rows and cells with their
/// repeats, the used area of each table, and the text it holds.
fn ods_content<R: Read>(r: R) -> io::Result<Result<(), String>> {
    let mut xml = xml(r);
    let mut buf = Vec::new();
    let mut tables = 0usize;
    let mut workbook_cells = 0u64;
    let mut table: Option<Table> = None;
    let mut row: Option<OdsRow> = None;
    let mut cell: Option<OdsCell> = None;
    loop {
        buf.clear();
        let event = match xml.read_event_into(&mut buf) {
            Ok(e) => e,
            Err(quick_xml::Error::Io(e)) => return Err(io::Error::other(e.to_string())),
            // calamine reads this part with the same parser: it would fail here too, or (at
            // the end of the part inside a table) never stop.
            Err(e) => {
                return Ok(Err(tr(
                    "input-ods-xml-damaged",
                    &[("why", escape(&e.to_string()).into_owned().into())],
                )));
            }
        };
        let (start, empty) = match &event {
            Event::Start(e) => (Some(e), false),
            Event::Empty(e) => (Some(e), true),
            _ => (None, false),
        };
        if let Some(e) = start {
            match e.name().as_ref() {
                "table:table" if !empty => {
                    tables += 1;
                    if tables > MAX_SHEETS {
                        return Ok(Err(tr(
                            "input-sheet-too-many-sheets",
                            &[("limit", (MAX_SHEETS as u64).into())],
                        )));
                    }
                    let name = attr(e, "table:name").unwrap_or_default();
                    table = Some(Table {
                        name,
                        ..Table::default()
                    });
                }
                "table:table-row" if table.is_some() => {
                    let repeats = number(attr(e, "table:number-rows-repeated")).unwrap_or(1);
                    row = Some(OdsRow {
                        repeats,
                        ..OdsRow::default()
                    });
                    if empty {
                        end_row(&mut table, &mut row)?;
                    }
                }
                "table:table-cell" | "table:covered-table-cell" if row.is_some() => {
                    let repeats = number(attr(e, "table:number-columns-repeated")).unwrap_or(1);
                    let formula = attr(e, "table:formula").map_or(0, |f| f.len() as u64);
                    let value = attr(e, "office:value-type").is_some() || formula > 0;
                    cell = Some(OdsCell {
                        repeats,
                        value,
                        text: formula,
                    });
                    if empty {
                        end_cell(&mut row, &mut cell);
                    }
                }
                _ if cell.is_some() => {
                    if let Some(c) = cell.as_mut() {
                        c.value = true;
                        // A space or tab run (`<text:s text:c="N"/>`) is N characters.
                        c.text = c
                            .text
                            .saturating_add(number(attr(e, "text:c")).unwrap_or(1));
                    }
                }
                _ => {}
            }
        }
        let n = text_len(&event);
        match cell.as_mut() {
            Some(c) if n > 0 => {
                c.value = true;
                c.text = c.text.saturating_add(n);
                if c.text > MAX_CELL_TEXT_BYTES {
                    let name = table.as_ref().map(|t| escape(&t.name).into_owned());
                    return Ok(Err(tr(
                        "input-ods-cell-too-long",
                        &[
                            ("sheet", name.unwrap_or_default().into()),
                            ("row", (table.as_ref().map_or(0, |t| t.rows) + 1).into()),
                            ("limit", bytes(MAX_CELL_TEXT_BYTES).into()),
                        ],
                    )));
                }
            }
            None if n > MAX_CELL_TEXT_BYTES => return Ok(Err(loose_text())),
            _ => {}
        }
        match &event {
            Event::End(e) => match e.name().as_ref() {
                "table:table-cell" | "table:covered-table-cell" => end_cell(&mut row, &mut cell),
                "table:table-row" => {
                    end_cell(&mut row, &mut cell);
                    if let Some(why) = end_row(&mut table, &mut row)? {
                        return Ok(Err(why));
                    }
                }
                "table:table" => {
                    if let Some(t) = table.take() {
                        if let Err(why) = t.check() {
                            return Ok(Err(why));
                        }
                        workbook_cells = workbook_cells.saturating_add(t.cells());
                        if workbook_cells > MAX_WORKBOOK_CELLS {
                            return Ok(Err(tr(
                                "input-sheet-workbook-too-large",
                                &[
                                    ("limit", MAX_WORKBOOK_CELLS.into()),
                                    ("sheet", escape(&t.name).into_owned().into()),
                                ],
                            )));
                        }
                    }
                }
                _ => {}
            },
            Event::Eof => {
                return Ok(match table {
                    Some(t) => Err(tr(
                        "input-ods-cut-short",
                        &[("sheet", escape(&t.name).into_owned().into())],
                    )),
                    None => Ok(()),
                });
            }
            _ => {}
        }
    }
}

/// Adds the finished cell to its row.
fn end_cell(row: &mut Option<OdsRow>, cell: &mut Option<OdsCell>) {
    let (Some(r), Some(c)) = (row.as_mut(), cell.take()) else {
        return;
    };
    r.cols = r.cols.saturating_add(c.repeats);
    if c.value {
        r.width = r.cols;
        r.text = r.text.saturating_add(c.text.saturating_mul(c.repeats));
    }
}

/// Adds the finished row to its table; a problem when a row with values repeats too often
/// or the table grows past its limits.
fn end_row(table: &mut Option<Table>, row: &mut Option<OdsRow>) -> io::Result<Option<String>> {
    let (Some(t), Some(r)) = (table.as_mut(), row.take()) else {
        return Ok(None);
    };
    let start = t.rows;
    t.rows = t.rows.saturating_add(r.repeats);
    if r.width == 0 {
        return Ok(None);
    }
    if r.repeats > MAX_ODS_ROW_REPEATS {
        return Ok(Some(tr(
            "input-ods-row-repeated",
            &[
                ("sheet", escape(&t.name).into_owned().into()),
                ("row", (start + 1).into()),
                ("count", r.repeats.into()),
                ("limit", MAX_ODS_ROW_REPEATS.into()),
            ],
        )));
    }
    t.first_row.get_or_insert(start);
    t.end_row = t.rows;
    t.width = t.width.max(r.width);
    t.text = t.text.saturating_add(r.text.saturating_mul(r.repeats));
    Ok(t.check().err())
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use super::*;

    /// A zip of `entries` (deflated).
    fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
        let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
        for (name, data) in entries {
            let options = zip::write::SimpleFileOptions::default()
                .compression_method(zip::CompressionMethod::Deflated);
            out.start_file(*name, options).unwrap();
            out.write_all(data).unwrap();
        }
        out.finish().unwrap().into_inner()
    }

    /// Sets the uncompressed size every header of the archive declares to `size`.
    fn lie(mut zip: Vec<u8>, size: u32) -> Vec<u8> {
        for (sig, at) in [(b"PK\x03\x04", 22), (b"PK\x01\x02", 24)] {
            let starts: Vec<usize> = (0..zip.len() - 4)
                .filter(|&i| &zip[i..i + 4] == sig)
                .collect();
            for i in starts {
                zip[i + at..i + at + 4].copy_from_slice(&size.to_le_bytes());
            }
        }
        zip
    }

    const SMALL: Budget = Budget {
        entry_bytes: 100_000,
        total_bytes: 150_000,
        shared_strings: 10,
        part_elements: 20,
    };

    #[test]
    fn an_entry_that_inflates_past_what_it_declares_is_stopped_at_the_limit() {
        let big = vec![b'a'; 120_000];
        let honest = zip_of(&[("xl/worksheets/sheet1.xml", &big)]);
        let e = check_within(&honest, false, SMALL).unwrap_err();
        assert_eq!(
            e,
            "zip entry \"xl/worksheets/sheet1.xml\" declares 120,000 bytes uncompressed, more than twin's limit of 100,000 bytes per entry"
        );
        for name in [
            "xl/worksheets/sheet1.xml",
            "xl/sharedStrings.xml",
            "content.xml",
            "a.bin",
        ] {
            let liar = lie(zip_of(&[(name, &big)]), 100);
            let e = check_within(&liar, name == "content.xml", SMALL).unwrap_err();
            assert_eq!(
                e,
                format!(
                    "zip entry \"{name}\" inflates to more than the 100 bytes it declares: the file is damaged, or a zip bomb"
                )
            );
        }
        // Two entries under the entry limit, over the total.
        let half = vec![b'a'; 80_000];
        let two = zip_of(&[("a.bin", &half), ("b.bin", &half)]);
        let e = check_within(&two, false, SMALL).unwrap_err();
        assert_eq!(
            e,
            "the archive's entries declare 160,000 bytes uncompressed together, more than twin's limit of 150,000 bytes"
        );
        assert!(check_within(&zip_of(&[("a.bin", &half)]), false, SMALL).is_ok());
    }

    #[test]
    fn shared_strings_are_counted_declared_and_actual() {
        let sst = |count: &str, n: usize| {
            format!(
                r#"<?xml version="1.0"?><sst xmlns="x" count="{count}" uniqueCount="{count}">{}</sst>"#,
                "<si><t>a</t></si>".repeat(n)
            )
        };
        let file = |xml: String| zip_of(&[("xl/sharedStrings.xml", xml.as_bytes())]);
        assert!(check_within(&file(sst("10", 10)), false, SMALL).is_ok());
        let e = check_within(&file(sst("11", 1)), false, SMALL).unwrap_err();
        assert!(
            e.contains("declares uniqueCount=\"11\", more than twin's limit of 10 strings"),
            "{e}"
        );
        let e = check_within(&file(sst("3", 11)), false, SMALL).unwrap_err();
        assert_eq!(
            e,
            "zip entry \"xl/sharedStrings.xml\": the shared-string table holds more than twin's limit of 10 strings"
        );
        // Prefixed elements count the same, end tags do not.
        let prefixed = r#"<x:sst xmlns:x="x">"#.to_string()
            + &"<x:si><x:t>a</x:t></x:si>".repeat(11)
            + "</x:sst>";
        assert!(check_within(&file(prefixed), false, SMALL).is_err());
    }

    #[test]
    fn one_cell_or_string_holds_at_most_a_megabyte_and_so_does_loose_text() {
        let mb = MAX_CELL_TEXT_BYTES as usize;
        let sst = format!(
            "<sst><si><t>a</t></si><si><t>{}</t></si></sst>",
            "b".repeat(mb + 1)
        );
        let e = check(&zip_of(&[("xl/sharedStrings.xml", sst.as_bytes())]), false).unwrap_err();
        assert_eq!(
            e,
            "zip entry \"xl/sharedStrings.xml\": shared string 2 holds more than twin's limit of 1 MB of text per cell"
        );
        // Split by references, it is the same string.
        let split = format!(
            "<sst><si><t>{}&amp;{}</t></si></sst>",
            "c".repeat(mb / 2),
            "c".repeat(mb / 2)
        );
        assert!(
            check(
                &zip_of(&[("xl/sharedStrings.xml", split.as_bytes())]),
                false
            )
            .is_err()
        );
        let sheet = format!(
            r#"<worksheet><sheetData><row r="1"><c r="B1" t="inlineStr"><is><t>{}</t></is></c></row></sheetData></worksheet>"#,
            "d".repeat(mb + 1)
        );
        let e = check(
            &zip_of(&[("xl/worksheets/sheet1.xml", sheet.as_bytes())]),
            false,
        )
        .unwrap_err();
        assert!(
            e.ends_with("cell B1 holds more than twin's limit of 1 MB of text per cell"),
            "{e}"
        );
        let loose = format!(
            "<worksheet><sheetData>{}</sheetData></worksheet>",
            " ".repeat(mb + 1)
        );
        let e = check(
            &zip_of(&[("xl/worksheets/sheet1.xml", loose.as_bytes())]),
            false,
        )
        .unwrap_err();
        assert!(
            e.contains("a run of more than 1 MB of text outside any cell"),
            "{e}"
        );
        let ods = format!(
            r#"<table:table table:name="S"><table:table-row><table:table-cell office:value-type="string"><text:p>{}</text:p></table:table-cell></table:table-row></table:table>"#,
            "e".repeat(mb + 1)
        );
        let e = check(&zip_of(&[("content.xml", ods.as_bytes())]), true).unwrap_err();
        assert!(
            e.ends_with(
                "sheet \"S\", row 1: a cell holds more than twin's limit of 1 MB of text per cell"
            ),
            "{e}"
        );
    }

    /// Found by the `container` fuzz target: calamine 0.38 loops for ever on a `content.xml`
    /// that ends inside a table.
    #[test]
    fn an_ods_content_cut_inside_a_table_is_refused() {
        let cut = r#"<office:document-content><office:body><office:spreadsheet><table:table table:name="S"><table:table-row><table:table-cell/></table:table-row>"#;
        let e = check(&zip_of(&[("content.xml", cut.as_bytes())]), true).unwrap_err();
        assert_eq!(
            e,
            "zip entry \"content.xml\": the XML ends inside sheet \"S\" (no </table:table>): the file is cut short or damaged"
        );
        let seed = include_bytes!("../../tests/data/fuzz/container-ods-cut-table.bin");
        let content = &seed[1..];
        let e = check(&zip_of(&[("content.xml", content)]), true).unwrap_err();
        assert!(e.starts_with("zip entry \"content.xml\": the XML"), "{e}");
    }

    #[test]
    fn other_parts_hold_a_bounded_number_of_elements() {
        let styles = |n: usize| format!("<styleSheet>{}</styleSheet>", "<xf/>".repeat(n - 1));
        let ok = zip_of(&[("xl/styles.xml", styles(20).as_bytes())]);
        assert_eq!(check_within(&ok, false, SMALL), Ok(()));
        let over = zip_of(&[("xl/styles.xml", styles(21).as_bytes())]);
        assert_eq!(
            check_within(&over, false, SMALL).unwrap_err(),
            "zip entry \"xl/styles.xml\": the part holds more than twin's limit of 20 XML elements; is it really a workbook?"
        );
        // A part that is not XML counts by its size only.
        let binary = zip_of(&[(
            "xl/media/image1.png",
            &[0x89, b'P', b'N', b'G', 0, 0xFF, b'<'][..],
        )]);
        assert_eq!(check_within(&binary, false, SMALL), Ok(()));
    }

    #[test]
    fn empty_repeated_rows_and_cells_cost_nothing() {
        // LibreOffice ends every sheet like this.
        let content = r#"<office:document-content><office:body><office:spreadsheet><table:table table:name="S"><table:table-row><table:table-cell office:value-type="string"><text:p>id</text:p></table:table-cell></table:table-row><table:table-row table:number-rows-repeated="1048575"><table:table-cell table:number-columns-repeated="16384"/></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>"#;
        let ods = zip_of(&[("content.xml", content.as_bytes())]);
        assert_eq!(check(&ods, true), Ok(()));
    }
}
